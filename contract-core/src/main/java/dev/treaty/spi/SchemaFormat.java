package dev.treaty.spi;

import dev.treaty.model.SourceFile;
import dev.treaty.model.EvolutionPolicy;
import dev.treaty.model.Finding;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.RuleDescriptor;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A schema format: how to read its files and how to compare two versions of a schema. Found with
 * {@link java.util.ServiceLoader}; implementations must be thread-safe and stateless between
 * calls.
 */
public interface SchemaFormat {

  /**
   * The format's id, used in contracts ({@code treaty.format}) and messages.
   *
   * @return e.g. {@code json-schema}
   */
  String id();

  /**
   * The prefix of this format's rule ids.
   *
   * @return e.g. {@code json} for {@code json.property.removed}
   */
  String rulePrefix();

  /**
   * File name endings this format reads when a contract does not name the format.
   *
   * @return endings in lower case, e.g. {@code .avsc}
   */
  Set<String> fileExtensions();

  /**
   * Reads a schema.
   *
   * @param source the schema's root file
   * @param resolver where referenced files are found; never the network
   * @param element which element of the file is the payload's schema (a JSON pointer fragment, an
   *     Avro full name, a Protobuf message name), or {@code null} for the file's main one
   * @return the parsed schema
   * @throws InvalidInputException naming file, line and column, if the schema is malformed
   */
  ParsedSchema parse(SourceFile source, SchemaResolver resolver, @Nullable String element);

  /**
   * Compares two versions of a schema of this format. The result classifies every change in both
   * directions; it does not depend on a compatibility mode.
   *
   * @param previous the earlier version, as returned by {@link #parse}
   * @param current the later version, as returned by {@link #parse}
   * @param policy how to judge changes that only matter to strict readers
   * @return the findings, sorted
   */
  List<Finding> compare(ParsedSchema previous, ParsedSchema current, EvolutionPolicy policy);

  /**
   * The rules {@link #compare} can report.
   *
   * @return the catalogue, in a stable order
   */
  List<RuleDescriptor> rules();
}
