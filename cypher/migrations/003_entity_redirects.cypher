// When two entities are merged, the absorbed key stays behind as a redirect to the survivor, so
// old links and queries keep working. A key names one entity or one redirect, never both
// (checked by the merge and create mutations inside their transactions).
CREATE CONSTRAINT entity_redirect_key_unique IF NOT EXISTS
FOR (redirect:EntityRedirect) REQUIRE redirect.key IS UNIQUE;
