package dev.treaty;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.internal.consumer.ExpectationRule;
import dev.treaty.internal.contract.ContractLoader;
import dev.treaty.internal.contract.ContractReader;
import dev.treaty.internal.derive.ClassDerivation;
import dev.treaty.internal.derive.ModelDerivation;
import dev.treaty.internal.document.DocumentReader;
import dev.treaty.internal.document.DocumentWriter;
import dev.treaty.internal.document.LocatedDocument;
import dev.treaty.internal.expectation.ExpectationReader;
import dev.treaty.internal.expectation.ExpectationWriter;
import dev.treaty.internal.payload.PayloadChecker;
import dev.treaty.internal.registry.DirectoryRegistry;
import dev.treaty.internal.report.ConsoleReport;
import dev.treaty.internal.report.JsonReport;
import dev.treaty.internal.report.JunitXmlReport;
import dev.treaty.internal.report.MarkdownReport;
import dev.treaty.model.ReportLine;
import dev.treaty.model.VerificationReport;
import dev.treaty.internal.verify.AcceptedChangesReader;
import dev.treaty.internal.verify.ContractRule;
import dev.treaty.internal.verify.Verifier;
import dev.treaty.model.AcceptedChange;
import dev.treaty.model.CompatibilityMode;
import dev.treaty.model.Comparison;
import dev.treaty.model.EvolutionPolicy;
import dev.treaty.model.EvolutionResult;
import dev.treaty.model.Finding;
import dev.treaty.model.UnsupportedFeatureException;
import dev.treaty.spi.ParsedSchema;
import dev.treaty.model.Contract;
import dev.treaty.model.Expectation;
import dev.treaty.model.ExpectationBuilder;
import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.PublishOutcome;
import dev.treaty.model.PublishedContract;
import dev.treaty.model.PublishedExpectation;
import dev.treaty.model.RuleDescriptor;
import dev.treaty.model.SchemaModel;
import dev.treaty.model.SourceFile;
import dev.treaty.model.TreatyException;
import dev.treaty.spi.Registry;
import dev.treaty.spi.SchemaFormat;
import dev.treaty.spi.SchemaResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Treaty's facade. Immutable and thread-safe; create one with {@link #create()} and share it.
 *
 * <pre>{@code
 * Treaty treaty = Treaty.create();
 * LoadedContract orders = treaty.loadContract(Path.of("src/main/contracts/orders.odcs.yaml"), Path.of("."));
 * Expectation fraud = treaty.readExpectation(Path.of("fraud-scoring.expectation.yaml"));
 * Registry registry = treaty.directoryRegistry(Path.of("../contracts-registry"));
 * treaty.publish(registry, orders);
 * }</pre>
 */
public final class Treaty {

  /** The largest file Treaty reads. */
  private static final long MAX_FILE_BYTES = DocumentReader.MAX_DOCUMENT_BYTES;

  private final List<SchemaFormat> formats;
  private final ContractLoader loader;
  private final Verifier verifier;

  private Treaty(List<SchemaFormat> formats) {
    this.formats = List.copyOf(formats);
    this.loader = new ContractLoader(this.formats);
    Map<String, SchemaFormat> byId = new LinkedHashMap<>();
    this.formats.forEach(format -> byId.put(format.id(), format));
    this.verifier = new Verifier(byId);
  }

  /**
   * A Treaty with every schema format on the class path (found with {@link ServiceLoader}).
   *
   * @return the facade
   */
  public static Treaty create() {
    Map<String, SchemaFormat> found = new LinkedHashMap<>();
    List<ClassLoader> loaders = new ArrayList<>();
    loaders.add(Treaty.class.getClassLoader());
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (context != null && context != Treaty.class.getClassLoader()) {
      loaders.add(context);
    }
    for (ClassLoader classLoader : loaders) {
      for (SchemaFormat format : ServiceLoader.load(SchemaFormat.class, classLoader)) {
        found.putIfAbsent(format.id(), format);
      }
    }
    List<SchemaFormat> sorted = new ArrayList<>(found.values());
    sorted.sort(Comparator.comparing(SchemaFormat::id));
    return new Treaty(sorted);
  }

  /**
   * A Treaty with exactly these formats.
   *
   * @param formats the formats
   * @return the facade
   * @throws InvalidDefinitionException if two formats share an id
   */
  public static Treaty withFormats(List<SchemaFormat> formats) {
    Map<String, SchemaFormat> byId = new LinkedHashMap<>();
    for (SchemaFormat format : formats) {
      if (byId.putIfAbsent(format.id(), format) != null) {
        throw new InvalidDefinitionException("Two schema formats have the id " + format.id() + ".");
      }
    }
    return new Treaty(formats);
  }

  /**
   * The installed schema formats.
   *
   * @return the formats, sorted by id
   */
  public List<SchemaFormat> formats() {
    return formats;
  }

  /**
   * Every rule the installed formats can report.
   *
   * @return the catalogue, by format then in each format's order
   */
  public List<RuleDescriptor> rules() {
    List<RuleDescriptor> rules = new ArrayList<>(ContractRule.catalogue());
    formats.forEach(format -> rules.addAll(format.rules()));
    rules.addAll(ExpectationRule.catalogue());
    return List.copyOf(rules);
  }

  /**
   * Starts a producer's verification of a contract version: evolution against earlier versions
   * under the contract's mode, and every registered consumer's expectations.
   *
   * @param current the version being verified
   * @return the verification, to configure and {@link Verification#run() run}
   */
  public Verification verification(LoadedContract current) {
    return new Verification(verifier, current);
  }

  /**
   * Checks one consumer's expectation against a contract version, absolutely (not against a
   * change): everything about the version that the consumer cannot live with. This is what a
   * consumer's publish runs against the latest published contract.
   *
   * @param expectation the consumer's expectation
   * @param contract the contract version
   * @return the findings, sorted; empty when the version gives the consumer everything it expects
   */
  public List<Finding> checkExpectation(Expectation expectation, LoadedContract contract) {
    return verification(contract).withExpectations(List.of(expectation)).run().consumers().stream()
        .flatMap(result -> result.newlyBroken().stream()).toList();
  }

  /**
   * Compares two versions of a contract's schemas, under the later version's policy; the result
   * says what every compatibility mode makes of the changes.
   *
   * @param previous the earlier version
   * @param current the later version
   * @return the findings, classified per direction, with verdicts by mode
   */
  public EvolutionResult compare(LoadedContract previous, LoadedContract current) {
    return compare(previous, current, current.contract().policy());
  }

  /**
   * Compares two versions of a contract's schemas under a given policy.
   *
   * @param previous the earlier version
   * @param current the later version
   * @param policy the evolution policy, overriding the contract's
   * @return the findings, classified per direction, with verdicts by mode
   */
  public EvolutionResult compare(LoadedContract previous, LoadedContract current, EvolutionPolicy policy) {
    List<Finding> findings = verifier.compare(previous.schemas(), current.schemas(), policy);
    return new EvolutionResult(current.contract().compatibility(), policy,
        List.of(new Comparison(previous.contract().version(), findings)));
  }

  /**
   * Compares two schema files of the same format (no contract needed), as {@code contract:diff}
   * does.
   *
   * @param previous the earlier schema file
   * @param current the later schema file
   * @param policy the evolution policy
   * @return the findings, with verdicts by mode (under {@link CompatibilityMode#DEFAULT})
   * @throws InvalidInputException if either file does not parse
   * @throws UnsupportedFeatureException if no installed format reads the files
   */
  public EvolutionResult compareSchemas(Path previous, Path current, EvolutionPolicy policy) {
    SchemaFormat format = formatForFile(current);
    SchemaFormat previousFormat = formatForFile(previous);
    if (!previousFormat.id().equals(format.id())) {
      throw new InvalidDefinitionException("Cannot compare " + previous.getFileName() + " ("
          + previousFormat.id() + ") with " + current.getFileName() + " (" + format.id()
          + "): give two schema files of the same format.");
    }
    ParsedSchema before = parseSchema(format, previous);
    ParsedSchema after = parseSchema(format, current);
    List<Finding> findings = format.compare(before, after, policy);
    return new EvolutionResult(CompatibilityMode.DEFAULT, policy,
        List.of(new Comparison(previous.getFileName().toString(), findings)));
  }

  /**
   * Reads a file of deliberately accepted changes.
   *
   * @param file the file (YAML)
   * @return the entries
   * @throws InvalidInputException listing every problem with its place
   * @throws InvalidDefinitionException if the file cannot be read
   */
  public List<AcceptedChange> readAcceptedChanges(Path file) {
    return AcceptedChangesReader.read(readFile(file, file.toString()));
  }

  /**
   * The entry to paste into the accepted-changes file to accept a finding deliberately.
   *
   * @param finding a failing finding
   * @return one YAML line, with a placeholder justification
   */
  public String acceptanceEntry(Finding finding) {
    return AcceptedChangesReader.entryFor(finding);
  }

  /** The default name of the accepted-changes file, beside the contract. */
  public static final String ACCEPTED_CHANGES_FILE = "contract-accepted-changes.yaml";

  /**
   * The console summary of a verification: a headline, one line per break grouped by consumer,
   * the ready-to-paste acceptance entries, then the verdict.
   *
   * @param report the report
   * @return the lines, each with its log level
   */
  public List<ReportLine> consoleReport(VerificationReport report) {
    return ConsoleReport.render(report, ACCEPTED_CHANGES_FILE);
  }

  /**
   * Writes a verification's reports into a directory: {@code <contract>.json},
   * {@code TEST-<contract>.xml} (JUnit XML, for CI test views) and {@code <contract>.md} (for a
   * pull-request comment). The same report always gives the same bytes.
   *
   * @param report the report
   * @param directory the directory, created if needed
   * @return the files written
   * @throws InvalidDefinitionException if the directory cannot be written
   */
  public List<Path> writeReports(VerificationReport report, Path directory) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(report.contract() + ".json", JsonReport.render(report));
    files.put("TEST-" + report.contract() + ".xml", JunitXmlReport.render(report));
    files.put(report.contract() + ".md", MarkdownReport.render(report, ACCEPTED_CHANGES_FILE));
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(directory);
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path target = directory.resolve(file.getKey());
        Path temporary = Files.createTempFile(directory, ".treaty-", ".tmp");
        Files.writeString(temporary, file.getValue(), java.nio.charset.StandardCharsets.UTF_8);
        Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        written.add(target);
      }
    } catch (IOException e) {
      throw new InvalidDefinitionException("Cannot write reports to " + directory + ": " + e.getMessage(), e);
    }
    return List.copyOf(written);
  }

  /**
   * Derives an expectation from a schema file the consumer validates or reads with (a JSON
   * Schema, or an Avro reader schema when that format is installed): every field it declares,
   * with its type, presence, nullability and enum values. Refine the result before building.
   *
   * @param schemaFile the consumer's schema file (files it references are found beside it)
   * @param consumer the consumer's name
   * @param contract the contract's id
   * @return a builder holding the derived fields
   * @throws InvalidInputException if the file does not parse
   * @throws UnsupportedFeatureException if no installed format reads it
   */
  public ExpectationBuilder deriveExpectation(Path schemaFile, String consumer, String contract) {
    return deriveExpectation(parseSchema(formatForFile(schemaFile), schemaFile).model(), consumer, contract);
  }

  private SchemaFormat formatForFile(Path file) {
    if (file.getFileName().toString().endsWith(".odcs.yaml")) {
      throw new InvalidDefinitionException(file.getFileName() + " is a contract, not a schema file; "
          + "compare two contracts, or two schema files.");
    }
    Optional<SchemaFormat> format = loader.formatFor(
        new Contract.SchemaBinding(file.getFileName().toString(), null, null));
    return format.orElseThrow(() -> new UnsupportedFeatureException("No installed format reads "
        + file.getFileName() + " (installed: " + formats.stream().map(SchemaFormat::id).toList() + ")."));
  }

  private static ParsedSchema parseSchema(SchemaFormat format, Path file) {
    Path directory = file.toAbsolutePath().getParent();
    SourceFile source = readFile(file, file.getFileName().toString());
    return format.parse(source, SchemaResolver.ofDirectory(directory), null);
  }

  /**
   * Reads and checks an ODCS contract file (without its schemas).
   *
   * @param file the contract file
   * @return the contract
   * @throws InvalidInputException listing every problem with file, line and column
   * @throws InvalidDefinitionException if the file cannot be read
   */
  public Contract readContract(Path file) {
    return ContractReader.read(readFile(file, file.toString()));
  }

  /**
   * Reads and checks an ODCS contract (without its schemas).
   *
   * @param file the contract's bytes and name
   * @return the contract
   * @throws InvalidInputException listing every problem with file, line and column
   */
  public Contract readContract(SourceFile file) {
    return ContractReader.read(file);
  }

  /**
   * Reads a contract and parses the schemas it binds. Schema files are found relative to the
   * contract file and must lie inside {@code baseDirectory} (typically the project directory);
   * nothing is read from the network.
   *
   * @param contractFile the contract file, inside {@code baseDirectory}
   * @param baseDirectory the directory that all files must stay inside
   * @return the contract, its parsed schemas and every file read (named relative to the base)
   * @throws InvalidInputException listing every problem with file, line and column
   * @throws InvalidDefinitionException if a file cannot be read or lies outside the base directory
   */
  public LoadedContract loadContract(Path contractFile, Path baseDirectory) {
    Path base = baseDirectory.toAbsolutePath().normalize();
    Path file = contractFile.toAbsolutePath().normalize();
    if (!file.startsWith(base)) {
      throw new InvalidDefinitionException(
          "The contract file " + contractFile + " is not inside the base directory " + baseDirectory + ".");
    }
    String location = base.relativize(file).toString().replace('\\', '/');
    return wrap(loader.load(readFile(file, location), SchemaResolver.ofDirectory(base)));
  }

  /**
   * Reads a published contract version and parses its schemas from the stored files alone.
   *
   * @param published a contract version from a registry
   * @return the contract and its parsed schemas
   * @throws InvalidInputException if a stored file does not parse
   */
  public LoadedContract loadContract(PublishedContract published) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    published.files().forEach(f -> files.put(f.location(), f.bytes()));
    return wrap(loader.load(published.contractFile(), SchemaResolver.of(files)));
  }

  /**
   * Reads and checks a consumer expectation document (YAML or JSON).
   *
   * @param file the document
   * @return the expectation
   * @throws InvalidInputException listing every problem with file, line and column
   * @throws InvalidDefinitionException if the file cannot be read
   */
  public Expectation readExpectation(Path file) {
    return ExpectationReader.read(readFile(file, file.toString()));
  }

  /**
   * Reads and checks a consumer expectation document.
   *
   * @param file the document's bytes and name
   * @return the expectation
   * @throws InvalidInputException listing every problem with file, line and column
   */
  public Expectation readExpectation(SourceFile file) {
    return ExpectationReader.read(file);
  }

  /**
   * Checks a contract or expectation file without throwing: recognises the kind from the
   * document's {@code kind} field and returns every problem found. For a contract, the bound
   * schemas are parsed too (found relative to the file, inside {@code baseDirectory}).
   *
   * @param file the document
   * @param baseDirectory the directory that a contract's schema files must stay inside
   * @return the problems, each with file, line and column; empty if the document is valid
   * @throws InvalidDefinitionException if the file cannot be read
   */
  public List<Problem> validate(Path file, Path baseDirectory) {
    SourceFile source = readFile(file, file.toString());
    LocatedDocument document;
    try {
      document = DocumentReader.read(source.location(), source.bytes());
    } catch (InvalidInputException e) {
      return e.problems();
    }
    String kind = document.root().path("kind").asText("");
    if (Expectation.KIND.equals(kind)) {
      return ExpectationReader.check(document);
    }
    if (!"DataContract".equals(kind)) {
      return List.of(document.problem(document.root().has("kind") ? "/kind" : "",
          "Unknown document kind `" + kind + "`; expected DataContract (an ODCS contract) or "
              + Expectation.KIND + "."));
    }
    try {
      loadContract(file, baseDirectory);
      return List.of();
    } catch (TreatyException e) {
      if (e.problems().isEmpty()) {
        throw e;
      }
      return e.problems();
    }
  }

  /**
   * Writes a contract as ODCS YAML, unmodelled fields included, in the document's order.
   *
   * @param contract the contract
   * @return the YAML document
   */
  public String writeContract(Contract contract) {
    return DocumentWriter.yaml(contract.document());
  }

  /**
   * Writes an expectation as a {@value Expectation#KIND} YAML document.
   *
   * @param expectation the expectation
   * @return the YAML document
   */
  public String writeExpectation(Expectation expectation) {
    return ExpectationWriter.yaml(expectation);
  }

  /**
   * The embedded default registry: a directory of plain files (see {@code docs/registry.md}).
   * Writes are atomic and safe for concurrent builds; published versions are immutable.
   *
   * @param directory the registry directory, created on first write
   * @return the registry
   */
  public Registry directoryRegistry(Path directory) {
    return new DirectoryRegistry(directory);
  }

  /**
   * Publishes a contract version and its schema files.
   *
   * @param registry the registry
   * @param contract the loaded contract
   * @return what changed
   * @throws InvalidDefinitionException if different content is already published under this version
   */
  public PublishOutcome publish(Registry registry, LoadedContract contract) {
    return registry.publish(contract.toPublished());
  }

  /**
   * Publishes a consumer expectation document, exactly as written, after checking it.
   *
   * @param registry the registry
   * @param document the expectation document
   * @return what changed
   * @throws InvalidInputException if the document is not a valid expectation
   */
  public PublishOutcome publishExpectation(Registry registry, SourceFile document) {
    Expectation expectation = readExpectation(document);
    return registry.publish(
        new PublishedExpectation(expectation.contract(), expectation.consumer(), document));
  }

  /**
   * The latest published version of a contract, read and parsed.
   *
   * @param registry the registry
   * @param contractId the contract's id
   * @return the latest version by semantic-version order, if any is published
   */
  public Optional<LoadedContract> latest(Registry registry, String contractId) {
    List<String> versions = registry.versions(contractId);
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    return registry.contract(contractId, versions.get(versions.size() - 1)).map(this::loadContract);
  }

  // ==== Consumer expectations in code: derivation and payload checks ==============================
  // One delimited block of static entry points; the implementation is in internal.derive and
  // internal.payload.

  /**
   * Derives a consumer's expectation from the class it reads payloads into, through the consumer's
   * own mapper, so that the mapper's real behaviour is captured: naming strategy,
   * {@code @JsonProperty}/{@code @JsonIgnore}, creators and records, which fields are required and
   * nullable, enum values and whether unknown ones are tolerated, {@code FAIL_ON_UNKNOWN_PROPERTIES}.
   * Refine the result before building it, e.g. {@code .purpose(...).versions("^2.0.0")}.
   *
   * <p>Types such as {@code Optional} and {@code java.time} are read only if the mapper has the
   * module for them registered (jackson-datatype-jdk8, jackson-datatype-jsr310); without it the
   * derivation fails and says which module is missing.
   *
   * @param type the class payloads are read into
   * @param mapper the consumer's mapper, configured exactly as in production
   * @param consumer the consumer's name, e.g. {@code fraud-scoring}
   * @param contract the contract's id, e.g. {@code payments.order-events}
   * @return a builder holding the derived fields
   * @throws InvalidDefinitionException if a name is invalid or the mapper cannot read the class
   * @throws dev.treaty.model.UnsupportedFeatureException if the class uses a Jackson feature Treaty
   *     does not derive (the message names it and the field)
   */
  public static ExpectationBuilder deriveExpectation(
      Class<?> type, ObjectMapper mapper, String consumer, String contract) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(mapper, "mapper");
    return ClassDerivation.derive(type, mapper, consumer, contract);
  }

  /**
   * Derives a consumer's expectation from the class it reads payloads into, with a default mapper: a
   * plain {@code JsonMapper} with every Jackson module on the class path registered. Pass your own
   * mapper instead if your service configures one (naming strategy, features, modules).
   *
   * @param type the class payloads are read into
   * @param consumer the consumer's name
   * @param contract the contract's id
   * @return a builder holding the derived fields
   * @throws InvalidDefinitionException if a name is invalid or the mapper cannot read the class
   * @throws dev.treaty.model.UnsupportedFeatureException if the class uses a Jackson feature Treaty
   *     does not derive
   */
  public static ExpectationBuilder deriveExpectation(Class<?> type, String consumer, String contract) {
    return deriveExpectation(type, ClassDerivation.defaultMapper(), consumer, contract);
  }

  /**
   * Derives a consumer's expectation from the schema it reads or validates with (a JSON Schema, an
   * Avro reader schema), in format-neutral terms: one field per declared path, with its type,
   * presence (required and without a default), nullability, enum symbols (unknown ones rejected
   * unless the enum has a default) and constraints; closed records reject extra fields. Get the
   * model from {@link LoadedContract#schemas()} or a format's {@link SchemaFormat#parse}. For an
   * Avro reader schema, follow with {@code .extraFields(Tolerance.TOLERATE)}: Avro readers skip
   * fields they do not know.
   *
   * @param model the consumer's schema
   * @param consumer the consumer's name
   * @param contract the contract's id
   * @return a builder holding the derived fields
   * @throws InvalidDefinitionException if a name is invalid or a type reference names no definition
   */
  public static ExpectationBuilder deriveExpectation(SchemaModel model, String consumer, String contract) {
    Objects.requireNonNull(model, "model");
    return ModelDerivation.derive(model, consumer, contract);
  }

  /**
   * Checks a JSON payload against a consumer's expectation: every declared field present if
   * required, non-null unless nullable, of the declared type, within the handled values when
   * unknown values are rejected, within the declared constraints; no unknown fields where extra
   * fields are rejected (at the levels the expectation describes). Array and map paths are checked
   * for every element and value.
   *
   * @param expectation what the consumer relies on
   * @param json the payload, one JSON value
   * @return every violation, located by line, column and JSON pointer in a source named
   *     {@code payload}; empty when the payload meets the expectation
   * @throws InvalidInputException if the payload is not JSON
   */
  public static List<Problem> checkPayload(Expectation expectation, String json) {
    Objects.requireNonNull(json, "json");
    return checkPayload(expectation, SourceFile.ofText("payload", json));
  }

  /**
   * Checks a named JSON payload (a sample file, say) against a consumer's expectation; see
   * {@link #checkPayload(Expectation, String)}.
   *
   * @param expectation what the consumer relies on
   * @param payload the payload's bytes and name
   * @return every violation, located by the payload's name, line, column and JSON pointer
   * @throws InvalidInputException if the payload is not JSON
   */
  public static List<Problem> checkPayload(Expectation expectation, SourceFile payload) {
    Objects.requireNonNull(expectation, "expectation");
    Objects.requireNonNull(payload, "payload");
    return PayloadChecker.check(expectation, DocumentReader.readJson(payload.location(), payload.bytes()));
  }

  // ==== end of consumer expectations block =======================================================

  private static LoadedContract wrap(ContractLoader.Loaded loaded) {
    return new LoadedContract(loaded.contract(), loaded.schemas(), loaded.files());
  }

  private static SourceFile readFile(Path file, String location) {
    Objects.requireNonNull(file, "file");
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw new InvalidInputException(location + " cannot be read", List.of(new Problem(
            dev.treaty.model.SourceLocation.of(location), "The file is " + size / (1024 * 1024)
                + " MB; Treaty reads files of up to " + MAX_FILE_BYTES / (1024 * 1024) + " MB.")));
      }
      return SourceFile.of(location, Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new InvalidDefinitionException("File not found: " + file, e);
    } catch (IOException e) {
      throw new InvalidDefinitionException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
