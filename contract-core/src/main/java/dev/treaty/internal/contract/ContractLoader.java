package dev.treaty.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.internal.document.DocumentReader;
import dev.treaty.internal.document.LocatedDocument;
import dev.treaty.model.Contract;
import dev.treaty.model.Contract.SchemaBinding;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.SourceFile;
import dev.treaty.model.TreatyException;
import dev.treaty.spi.ParsedSchema;
import dev.treaty.spi.SchemaFormat;
import dev.treaty.spi.SchemaResolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a contract together with the physical schemas it binds: finds each schema file relative
 * to the contract file, picks the format, parses it, and collects every file read. Problems with a
 * binding (a missing file, a file outside the allowed directory, an unknown format) point at the
 * binding's line in the contract.
 */
public final class ContractLoader {

  private final List<SchemaFormat> formats;

  /**
   * Creates a loader.
   *
   * @param formats the installed formats
   */
  public ContractLoader(List<SchemaFormat> formats) {
    this.formats = List.copyOf(formats);
  }

  /**
   * A contract with its parsed schemas.
   *
   * @param contract the contract
   * @param schemas each schema object's parsed schema, by schema object name, in document order
   * @param files the contract file first, then every schema file read, each once
   */
  public record Loaded(Contract contract, Map<String, ParsedSchema> schemas, List<SourceFile> files) {
    /** Copies the collections. */
    public Loaded {
      schemas = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(schemas));
      files = List.copyOf(files);
    }
  }

  /**
   * Loads a contract and its schemas.
   *
   * @param contractFile the contract file, named by its location relative to the resolver's root
   * @param resolver where the contract's schema files are found
   * @return the contract, its schemas and every file read
   * @throws InvalidInputException listing every problem with its place
   */
  public Loaded load(SourceFile contractFile, SchemaResolver resolver) {
    Contract contract = ContractReader.read(contractFile);
    Map<String, ParsedSchema> schemas = new LinkedHashMap<>();
    Map<String, SourceFile> files = new LinkedHashMap<>();
    files.put(contractFile.location(), contractFile);
    List<Problem> problems = new ArrayList<>();
    LocatedDocument document = null;
    for (Map.Entry<String, SchemaBinding> entry : contract.bindings().entrySet()) {
      SchemaBinding binding = entry.getValue();
      Optional<SchemaFormat> format = formatFor(binding);
      if (format.isEmpty()) {
        document = document != null ? document : locate(contractFile);
        problems.add(document.problem(bindingPointer(document, entry.getKey()), noFormat(binding)));
        continue;
      }
      Optional<SourceFile> schemaFile = resolver.findRelative(contractFile, binding.location());
      if (schemaFile.isEmpty()) {
        document = document != null ? document : locate(contractFile);
        problems.add(document.problem(bindingPointer(document, entry.getKey()), "Schema file `"
            + binding.location() + "` of schema object `" + entry.getKey() + "` was not found"
            + " (it is resolved relative to the contract file and must stay inside the project)."));
        continue;
      }
      try {
        ParsedSchema parsed = format.get().parse(schemaFile.get(), resolver, binding.element());
        schemas.put(entry.getKey(), parsed);
        parsed.sources().forEach(source -> files.putIfAbsent(source.location(), source));
      } catch (TreatyException e) {
        if (e.problems().isEmpty()) {
          document = document != null ? document : locate(contractFile);
          problems.add(document.problem(bindingPointer(document, entry.getKey()), e.getMessage()));
        } else {
          problems.addAll(e.problems());
        }
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(null);
      throw new InvalidInputException(contractFile.location() + " cannot be loaded with its schemas",
          problems);
    }
    return new Loaded(contract, schemas, new ArrayList<>(files.values()));
  }

  /**
   * The format that reads a binding: the named one, else the one whose file extension matches
   * (the longest match wins, so {@code .schema.json} beats {@code .json}).
   *
   * @param binding the binding
   * @return the format, if one is installed
   */
  public Optional<SchemaFormat> formatFor(SchemaBinding binding) {
    if (binding.format() != null) {
      String wanted = normalizeFormatId(binding.format());
      return formats.stream().filter(f -> normalizeFormatId(f.id()).equals(wanted)).findFirst();
    }
    String name = binding.location().toLowerCase(Locale.ROOT);
    SchemaFormat best = null;
    int bestLength = -1;
    for (SchemaFormat format : formats) {
      for (String extension : format.fileExtensions()) {
        if (name.endsWith(extension) && extension.length() > bestLength) {
          best = format;
          bestLength = extension.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private String noFormat(SchemaBinding binding) {
    List<String> installed = formats.stream().map(SchemaFormat::id).sorted().toList();
    String what = binding.format() != null
        ? "No installed format is called `" + binding.format() + "`"
        : "No installed format reads `" + binding.location() + "`";
    return what + " (installed: " + (installed.isEmpty() ? "none" : String.join(", ", installed))
        + "). Add the format's module (dev.treaty:contract-avro, dev.treaty:contract-protobuf) or set `"
        + Contract.FORMAT_PROPERTY + "`.";
  }

  static String normalizeFormatId(String id) {
    String key = id.trim().toLowerCase(Locale.ROOT).replace("_", "-");
    return switch (key) {
      case "json", "jsonschema", "json-schema" -> "json-schema";
      case "proto", "protobuf", "proto3" -> "protobuf";
      default -> key;
    };
  }

  private static LocatedDocument locate(SourceFile contractFile) {
    return DocumentReader.readYaml(contractFile.location(), contractFile.bytes());
  }

  /** The pointer of the {@code treaty.schema} entry that binds a schema object. */
  private static String bindingPointer(LocatedDocument document, String objectName) {
    JsonNode objects = document.root().path("schema");
    for (int i = 0; i < objects.size(); i++) {
      if (objectName.equals(objects.get(i).path("name").asText())) {
        int at = indexOf(objects.get(i).path("customProperties"));
        if (at >= 0) {
          return "/schema/" + i + "/customProperties/" + at + "/value";
        }
      }
    }
    int at = indexOf(document.root().path("customProperties"));
    return at >= 0 ? "/customProperties/" + at + "/value" : "";
  }

  private static int indexOf(JsonNode customProperties) {
    for (int i = 0; i < customProperties.size(); i++) {
      if (Contract.SCHEMA_PROPERTY.equals(customProperties.get(i).path("property").asText())) {
        return i;
      }
    }
    return -1;
  }
}
