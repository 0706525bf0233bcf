"""四单管理: requests, needs, offers, the service-order board, reviews and their dialogs."""
