"""首页: the start page's cards and charts."""
