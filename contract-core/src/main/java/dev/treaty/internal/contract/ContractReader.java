package dev.treaty.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.internal.document.DocumentReader;
import dev.treaty.internal.document.DocumentSchema;
import dev.treaty.internal.document.LocatedDocument;
import dev.treaty.internal.document.PlainValues;
import dev.treaty.model.Contract;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads ODCS v3 contracts: parses the YAML, checks what Treaty uses against its own schema of
 * ODCS and its custom properties, checks what a schema cannot say (unique names, unambiguous
 * schema bindings), and builds the {@link Contract}. Every problem comes back at once, each with
 * file, line and column.
 */
public final class ContractReader {

  private static final DocumentSchema SCHEMA =
      DocumentSchema.load("/dev/treaty/schemas/odcs-v3-treaty.schema.json");

  private ContractReader() {}

  /**
   * Reads a contract.
   *
   * @param file the contract file
   * @return the contract
   * @throws InvalidInputException listing every problem with its place
   */
  public static Contract read(SourceFile file) {
    LocatedDocument document = DocumentReader.readYaml(file.location(), file.bytes());
    List<Problem> problems = check(document);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(file.location() + " is not a valid contract", problems);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> plain = (Map<String, Object>) PlainValues.fromNode(document.root());
    return Contract.of(plain, file.location());
  }

  /**
   * Checks a parsed contract document.
   *
   * @param document the document
   * @return the problems, in document order; empty if the contract is valid
   */
  public static List<Problem> check(LocatedDocument document) {
    if (!document.root().isObject()) {
      return List.of(document.problem("", "Expected an ODCS contract (a mapping with apiVersion, "
          + "kind, id, version, status), found " + kindOf(document.root()) + "."));
    }
    List<Problem> problems = new ArrayList<>(SCHEMA.validate(document));
    if (problems.isEmpty()) {
      problems.addAll(checkSettingsOnce(document, document.root().path("customProperties"), "/customProperties"));
      JsonNode objects = document.root().path("schema");
      for (int i = 0; i < objects.size(); i++) {
        problems.addAll(checkSettingsOnce(document, objects.get(i).path("customProperties"),
            "/schema/" + i + "/customProperties"));
      }
      problems.addAll(checkNames(document));
      problems.addAll(checkBindings(document));
    }
    problems.sort(null);
    return List.copyOf(problems);
  }

  private static List<Problem> checkNames(LocatedDocument document) {
    List<Problem> problems = new ArrayList<>();
    JsonNode objects = document.root().path("schema");
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < objects.size(); i++) {
      String name = objects.get(i).path("name").asText();
      Integer first = seen.putIfAbsent(name, i);
      if (first != null) {
        problems.add(document.problem("/schema/" + i + "/name", "Schema object `" + name
            + "` is defined twice (also at schema[" + first + "]); names must be unique."));
      }
      checkPropertyNames(document, objects.get(i).path("properties"), "/schema/" + i + "/properties",
          problems);
    }
    return problems;
  }

  private static void checkPropertyNames(
      LocatedDocument document, JsonNode properties, String pointer, List<Problem> problems) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < properties.size(); i++) {
      JsonNode property = properties.get(i);
      String name = property.path("name").asText();
      Integer first = seen.putIfAbsent(name, i);
      if (first != null) {
        problems.add(document.problem(pointer + "/" + i + "/name", "Property `" + name
            + "` is defined twice in the same object; names must be unique."));
      }
      checkPropertyNames(document, property.path("properties"), pointer + "/" + i + "/properties",
          problems);
      JsonNode items = property.path("items");
      if (items.isObject()) {
        checkPropertyNames(document, items.path("properties"),
            pointer + "/" + i + "/items/properties", problems);
      }
    }
  }

  /** Each Treaty setting at most once per place: which of two would win is not obvious to anyone. */
  private static List<Problem> checkSettingsOnce(LocatedDocument document, JsonNode properties, String pointer) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < properties.size(); i++) {
      String name = properties.get(i).path("property").asText();
      if (!name.startsWith("treaty.")) {
        continue;
      }
      Integer first = seen.putIfAbsent(name, i);
      if (first != null) {
        problems.add(document.problem(pointer + "/" + i + "/property", "`" + name
            + "` is set twice (also at index " + first + "); keep one."));
      }
    }
    return problems;
  }

  private static List<Problem> checkBindings(LocatedDocument document) {
    JsonNode objects = document.root().path("schema");
    int contractLevel = indexOf(document.root().path("customProperties"), Contract.SCHEMA_PROPERTY);
    if (contractLevel < 0 || objects.size() <= 1) {
      return List.of();
    }
    int unbound = 0;
    for (JsonNode object : objects) {
      if (indexOf(object.path("customProperties"), Contract.SCHEMA_PROPERTY) < 0) {
        unbound++;
      }
    }
    if (unbound == 0) {
      return List.of();
    }
    return List.of(document.problem("/customProperties/" + contractLevel, "The contract-level `"
        + Contract.SCHEMA_PROPERTY + "` cannot say which of the " + objects.size()
        + " schema objects it describes; put a `" + Contract.SCHEMA_PROPERTY
        + "` custom property on each schema object instead."));
  }

  private static int indexOf(JsonNode customProperties, String property) {
    for (int i = 0; i < customProperties.size(); i++) {
      if (property.equals(customProperties.get(i).path("property").asText())) {
        return i;
      }
    }
    return -1;
  }

  static String kindOf(JsonNode node) {
    if (node.isArray()) {
      return "a list";
    }
    if (node.isTextual()) {
      return "text";
    }
    return node.isNull() ? "nothing" : "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
