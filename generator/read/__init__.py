"""Reading: the spec (`load`), its `$ref`s and JSON pointers (`refs`) and the client config
(`config`), checked, with every error naming its file, line and pointer."""
