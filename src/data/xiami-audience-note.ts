// The one note both sides of the Xiami audience conflict carry, so the group reads it once.
// One disputed fact: how many people use Xiami, signed up or not. Registered accounts are another
// fact, whose claims agree; linking them too would put two facts in one conflict group.
export const XIAMI_AUDIENCE_NOTE =
  'How many people use Xiami, signed up or not: the rumour article has Xiami claiming about 10 million users in all, counting those who listen without an account; Sina Tech reports 67 million monthly active users. Both articles are of 2013 and tell of Xiami at its sale to Alibaba, and an audience cannot be smaller than its monthly actives. Sina Tech’s 15–20 million registered users also exceed the 10 million, but registered accounts are a different fact, whose claims agree (more than 5 million, then 15–20 million).';
