package dev.treaty.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What one consumer relies on in one contract: the fields it reads, with the type, presence,
 * nullability, values and constraints it assumes, and what it tolerates. Stored as a
 * {@value #KIND} document (YAML or JSON); written by code, derived from a class, or by hand.
 *
 * <p>Only what a consumer declares can break it: a field no expectation names may change freely
 * as far as consumers are concerned.
 *
 * @param apiVersion the document kind's version, {@value #API_VERSION}
 * @param consumer the consumer's name, e.g. {@code fraud-scoring}
 * @param contract the contract's id, e.g. {@code payments.order-events}
 * @param versions the contract versions this expectation applies to
 * @param owner the team that owns the consumer, or {@code null}
 * @param expires the last day the expectation is enforced, or {@code null}; after it, breaks are
 *     reported but do not fail producers
 * @param purpose why the consumer reads the data, or {@code null}
 * @param extraFields whether the consumer tolerates fields it does not know, unless a field
 *     expectation says otherwise for its object
 * @param fields the fields it reads, sorted by path
 */
public record Expectation(
    String apiVersion,
    String consumer,
    String contract,
    VersionRange versions,
    @Nullable String owner,
    @Nullable LocalDate expires,
    @Nullable String purpose,
    Tolerance extraFields,
    List<FieldExpectation> fields) {

  /** The document kind. */
  public static final String KIND = "ConsumerExpectation";
  /** The current version of the document kind. */
  public static final String API_VERSION = "treaty.dev/v1";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  /** Validates names, sorts the fields and rejects duplicate paths. */
  public Expectation {
    Objects.requireNonNull(apiVersion, "apiVersion");
    requireName(consumer, "consumer");
    requireName(contract, "contract");
    Objects.requireNonNull(versions, "versions");
    Objects.requireNonNull(extraFields, "extraFields");
    List<FieldExpectation> sorted = new ArrayList<>(fields);
    sorted.sort(java.util.Comparator.comparing(FieldExpectation::path));
    Set<FieldPath> seen = new HashSet<>();
    for (FieldExpectation field : sorted) {
      if (!seen.add(field.path())) {
        throw new IllegalArgumentException("field " + field.path() + " is listed twice");
      }
    }
    fields = List.copyOf(sorted);
  }

  /**
   * Starts declaring an expectation in code.
   *
   * @param consumer the consumer's name, e.g. {@code fraud-scoring}
   * @param contract the contract's id, e.g. {@code payments.order-events}
   * @return a builder that checks every call at once
   * @throws InvalidDefinitionException if a name is not valid (see {@link #isValidName(String)})
   */
  public static ExpectationBuilder builder(String consumer, String contract) {
    return new ExpectationBuilder(consumer, contract);
  }

  /**
   * Whether a name is valid for a consumer or contract id: 1 to 128 letters, digits, {@code .},
   * {@code _} or {@code -}, starting with a letter or digit.
   *
   * @param name the name
   * @return {@code true} if valid
   */
  public static boolean isValidName(String name) {
    return NAME.matcher(name).matches();
  }

  /**
   * Whether the expectation has expired on a day.
   *
   * @param today the day to check
   * @return {@code true} if {@link #expires()} is before {@code today}
   */
  public boolean isExpiredOn(LocalDate today) {
    return expires != null && expires.isBefore(today);
  }

  /**
   * Whether the expectation applies to a contract version.
   *
   * @param version the contract version
   * @return {@code true} if the version is in {@link #versions()}
   */
  public boolean appliesTo(String version) {
    return versions.contains(version);
  }

  /**
   * The expectation on a path, if any.
   *
   * @param path the path
   * @return the field expectation
   */
  public java.util.Optional<FieldExpectation> field(FieldPath path) {
    return fields.stream().filter(f -> f.path().equals(path)).findFirst();
  }

  private static void requireName(String name, String what) {
    Objects.requireNonNull(name, what);
    if (!isValidName(name)) {
      throw new IllegalArgumentException(what + " \"" + name
          + "\" must be 1 to 128 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
  }

  /** Whether a consumer tolerates something it does not know. */
  public enum Tolerance {
    /** It ignores it. */
    TOLERATE,
    /** It fails. */
    REJECT;

    /**
     * The lower-case name used in documents.
     *
     * @return {@code tolerate} or {@code reject}
     */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * What a consumer assumes about one field.
   *
   * @param path the field's path in the data
   * @param type the type the consumer reads it as (a {@link TypeName}), or {@code null} for any
   * @param required whether the consumer needs the field to be present
   * @param nullable whether the consumer handles {@code null}
   * @param values the values the consumer handles (enum symbols or other literals); empty when it
   *     handles any value of the type
   * @param unknownValues what the consumer does with a value not in {@code values}
   * @param extraFields for an object field, whether the consumer tolerates fields it does not
   *     know inside it; {@code null} to inherit from the nearest enclosing object field that sets
   *     it, else from the expectation's setting
   * @param constraints what the consumer assumes of the values (e.g. {@code maxLength: 2}): it
   *     breaks if the producer allows values outside them
   */
  public record FieldExpectation(
      FieldPath path,
      @Nullable TypeName type,
      boolean required,
      boolean nullable,
      List<String> values,
      Tolerance unknownValues,
      @Nullable Tolerance extraFields,
      Constraints constraints) {

    /** Validates the field expectation. */
    public FieldExpectation {
      Objects.requireNonNull(path, "path");
      if (path.isRoot()) {
        throw new IllegalArgumentException("a field expectation needs a path below the root");
      }
      values = List.copyOf(values);
      if (new HashSet<>(values).size() != values.size()) {
        throw new IllegalArgumentException("values of " + path + " contain duplicates: " + values);
      }
      Objects.requireNonNull(unknownValues, "unknownValues");
      Objects.requireNonNull(constraints, "constraints");
    }
  }
}
