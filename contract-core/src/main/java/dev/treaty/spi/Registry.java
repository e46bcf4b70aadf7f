package dev.treaty.spi;

import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.PublishOutcome;
import dev.treaty.model.PublishedContract;
import dev.treaty.model.PublishedExpectation;
import java.util.List;
import java.util.Optional;

/**
 * Where contract versions and consumer expectations live. The embedded default is a directory
 * (see {@link dev.treaty.Treaty#directoryRegistry}); an organisation can share one through its
 * Maven repository.
 *
 * <p>A published contract version is immutable: publishing different bytes under the same
 * version fails, publishing the same bytes again changes nothing. An expectation is the
 * consumer's current statement of its needs and may be replaced. Implementations are safe for
 * concurrent use by threads and by processes, and never leave a half-written entry behind.
 */
public interface Registry {

  /**
   * Says where this registry is, for messages.
   *
   * @return e.g. {@code directory /srv/contracts}
   */
  String describe();

  /**
   * The ids of all contracts with at least one published version.
   *
   * @return the ids, sorted
   */
  List<String> contractIds();

  /**
   * The published versions of a contract.
   *
   * @param contractId the contract's id
   * @return the versions, in ascending semantic-version order; empty if none
   */
  List<String> versions(String contractId);

  /**
   * One published version of a contract.
   *
   * @param contractId the contract's id
   * @param version the version
   * @return the publication, or empty if there is none
   */
  Optional<PublishedContract> contract(String contractId, String version);

  /**
   * Publishes a contract version.
   *
   * @param contract the contract and its schema files
   * @return {@link PublishOutcome#CREATED}, or {@link PublishOutcome#UNCHANGED} if the same bytes
   *     were already published
   * @throws InvalidDefinitionException if different content is already published under this
   *     version, or an id or path is not allowed
   */
  PublishOutcome publish(PublishedContract contract);

  /**
   * Removes a contract version (to undo a mistaken publication; consumers may depend on it).
   *
   * @param contractId the contract's id
   * @param version the version
   * @return {@code true} if it existed
   */
  boolean removeContract(String contractId, String version);

  /**
   * Every consumer expectation registered for a contract.
   *
   * @param contractId the contract's id
   * @return the expectations, sorted by consumer
   */
  List<PublishedExpectation> expectations(String contractId);

  /**
   * One consumer's expectation of a contract.
   *
   * @param contractId the contract's id
   * @param consumer the consumer's name
   * @return the expectation, or empty if there is none
   */
  Optional<PublishedExpectation> expectation(String contractId, String consumer);

  /**
   * Publishes a consumer's expectation, replacing the consumer's previous one for that contract.
   *
   * @param expectation the expectation document
   * @return what changed
   * @throws InvalidDefinitionException if a name is not allowed
   */
  PublishOutcome publish(PublishedExpectation expectation);

  /**
   * Removes a consumer's expectation.
   *
   * @param contractId the contract's id
   * @param consumer the consumer's name
   * @return {@code true} if it existed
   */
  boolean removeExpectation(String contractId, String consumer);
}
