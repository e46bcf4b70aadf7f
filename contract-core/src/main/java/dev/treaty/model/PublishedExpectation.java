package dev.treaty.model;

import java.util.Objects;

/**
 * A consumer's expectation as published: the document's bytes exactly as written, with the
 * contract and consumer they belong to.
 *
 * @param contract the contract's id
 * @param consumer the consumer's name
 * @param document the expectation document (YAML or JSON)
 */
public record PublishedExpectation(String contract, String consumer, SourceFile document) {

  /** Validates the names. */
  public PublishedExpectation {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(consumer, "consumer");
    Objects.requireNonNull(document, "document");
  }
}
