package dev.treaty.model;

/** What publishing to a registry did. */
public enum PublishOutcome {
  /** Nothing was stored under that key before; now it is. */
  CREATED,
  /** An expectation was replaced by a newer document. (Contract versions are never replaced.) */
  UPDATED,
  /** The registry already held exactly these bytes; nothing changed. */
  UNCHANGED
}
