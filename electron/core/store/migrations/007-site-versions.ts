export default {
  version: 7,
  name: 'site editor: saved site versions and floorplan images',
  sql: `
    -- Every saved site, whole: the newest is the site in use; older ones can be restored. The JSON
    -- is the shared site format (shared/domain/site.ts), plans named by their content address.
    CREATE TABLE site_versions (
      id        INTEGER PRIMARY KEY AUTOINCREMENT,
      saved_at  INTEGER NOT NULL,
      saved_by  TEXT    NOT NULL,
      note      TEXT    NOT NULL,
      -- 'folder' (imported from --site at start), 'editor', 'import' (a site file), 'restore'
      source    TEXT    NOT NULL,
      site_json TEXT    NOT NULL
    ) STRICT;

    -- Floorplan images, content-addressed (sha256 of the bytes): versions share unchanged plans.
    -- The type was sniffed from the bytes on the way in, never taken from a file name.
    CREATE TABLE plan_images (
      hash      TEXT    PRIMARY KEY,
      mime      TEXT    NOT NULL,
      size      INTEGER NOT NULL,
      bytes     BLOB    NOT NULL,
      added_at  INTEGER NOT NULL,
      added_by  TEXT    NOT NULL
    ) STRICT;
  `,
};
