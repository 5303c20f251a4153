"""The archive: every answer's quotes and claims in PostgreSQL, speakers linked across
articles, fact-checks, search and claim matching. Off unless DATABASE_URL is set; the
extractor knows nothing of it (data flows one way: an answer in, search results out)."""
