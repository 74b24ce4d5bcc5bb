/** Internal: a kebab-case name — lowercase letters and digits in words joined by single hyphens. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
