"""Station <-> hub sync: the outbox relay, the feed puller, and the wire contract they share."""
