"""The extraction engine: pure functions from an ArticleView to quotes, speakers and claims."""
