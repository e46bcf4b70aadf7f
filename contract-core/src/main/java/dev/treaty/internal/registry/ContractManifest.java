package dev.treaty.internal.registry;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.PublishedContract;
import dev.treaty.model.SourceFile;
import dev.treaty.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The {@code manifest.json} of a stored contract version: what was published, and the size and
 * SHA-256 of every file, so that a damaged or hand-edited entry is reported instead of being
 * read as something that was never published. The JSON is deterministic — the same publication
 * always gives the same bytes, with {@code \n} line ends on every platform.
 *
 * @param id the contract's id
 * @param version the version exactly as published (its directory has the canonical form)
 * @param contractPath the location of the ODCS file among the files
 * @param files every file, sorted by location
 */
record ContractManifest(String id, String version, String contractPath, List<Entry> files) {

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private static final ObjectWriter WRITER = JSON.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"))
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

  private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

  ContractManifest {
    files = List.copyOf(files);
  }

  /**
   * One published file.
   *
   * @param location its path below {@code files/}, with forward slashes
   * @param size its length in bytes
   * @param sha256 the SHA-256 of its bytes, lower-case hex
   */
  record Entry(String location, long size, String sha256) {}

  static ContractManifest describing(PublishedContract contract) {
    List<Entry> entries = new ArrayList<>();
    for (SourceFile file : contract.files()) {
      entries.add(new Entry(file.location(), file.size(), sha256(file.bytes())));
    }
    return new ContractManifest(contract.id(), contract.version(),
        contract.contractPath(), entries);
  }

  byte[] toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("layout", Integer.parseInt(RegistryMarker.CURRENT_LAYOUT));
    root.put("id", id);
    root.put("version", version);
    root.put("contractPath", contractPath);
    ArrayNode array = root.putArray("files");
    for (Entry entry : files) {
      array.addObject()
          .put("location", entry.location())
          .put("size", entry.size())
          .put("sha256", entry.sha256());
    }
    try {
      return (WRITER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      // A tree of strings and numbers always serialises; this would be a bug in Jackson.
      throw new InvalidDefinitionException("Cannot write a registry manifest: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a manifest, checking that it describes the entry it was found in.
   *
   * @param json the manifest's bytes
   * @param manifest where it was read from, for messages
   * @param expectedId the contract id of the entry's directory
   * @param expectedVersion the canonical version of the entry's directory
   * @throws InvalidInputException naming every problem found
   */
  static ContractManifest parse(byte[] json, Path manifest, String expectedId, String expectedVersion) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      throw damaged(manifest, List.of(new Problem(new SourceLocation(manifest.toString(),
          where == null ? 0 : Math.max(where.getLineNr(), 0),
          where == null ? 0 : Math.max(where.getColumnNr(), 0), null),
          RegistryMessages.manifestNotJson(e.getOriginalMessage()))), e);
    } catch (IOException e) {
      throw damaged(manifest, List.of(problem(manifest, null,
          RegistryMessages.manifestNotJson(RegistryMessages.reason(e)))), e);
    }
    if (root == null || !root.isObject()) {
      throw damaged(manifest, List.of(problem(manifest, "", RegistryMessages.MANIFEST_NOT_AN_OBJECT)), null);
    }
    List<Problem> problems = new ArrayList<>();
    FileSystem fileSystem = manifest.getFileSystem();
    JsonNode layoutNode = root.path("layout");
    if (!layoutNode.isIntegralNumber()) {
      problems.add(problem(manifest, "/layout", RegistryMessages.manifestField("layout", "an integer")));
    } else if (!layoutNode.asText().equals(RegistryMarker.CURRENT_LAYOUT)) {
      problems.add(problem(manifest, "/layout", RegistryMessages.manifestLayout(layoutNode.asText())));
    }
    String id = text(root, "id", problems, manifest);
    if (id != null && !id.equals(expectedId)) {
      problems.add(problem(manifest, "/id", RegistryMessages.manifestNames("contract", id, expectedId)));
    }
    String version = text(root, "version", problems, manifest);
    if (version != null && !sameVersion(version, expectedVersion)) {
      problems.add(problem(manifest, "/version",
          RegistryMessages.manifestNames("version", version, expectedVersion)));
    }
    String contractPath = text(root, "contractPath", problems, manifest);
    List<Entry> entries = new ArrayList<>();
    JsonNode filesNode = root.path("files");
    if (!filesNode.isArray()) {
      problems.add(problem(manifest, "/files",
          RegistryMessages.manifestField("files", "an array of {location, size, sha256}")));
    } else {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < filesNode.size(); i++) {
        Entry entry = entry(filesNode.get(i), i, problems, manifest, fileSystem);
        if (entry != null && !seen.add(entry.location())) {
          problems.add(problem(manifest, "/files/" + i, RegistryMessages.manifestRepeats(entry.location())));
        } else if (entry != null) {
          entries.add(entry);
        }
      }
      if (contractPath != null && problems.isEmpty() && !seen.contains(contractPath)) {
        problems.add(problem(manifest, "/contractPath",
            RegistryMessages.manifestLacksContractFile(contractPath)));
      }
    }
    if (id == null || version == null || contractPath == null || !problems.isEmpty()) {
      throw damaged(manifest, problems, null);
    }
    entries.sort(Comparator.comparing(Entry::location));
    return new ContractManifest(id, version, contractPath, entries);
  }

  private static boolean sameVersion(String version, String canonical) {
    try {
      return RegistryNames.requireVersion(version).equals(canonical);
    } catch (InvalidDefinitionException notAVersion) {
      return false;
    }
  }

  private static @Nullable Entry entry(JsonNode node, int index, List<Problem> problems, Path manifest,
      FileSystem fileSystem) {
    String field = "files[" + index + "]";
    String pointer = "/files/" + index;
    JsonNode location = node.path("location");
    JsonNode size = node.path("size");
    JsonNode sha = node.path("sha256");
    int before = problems.size();
    if (!location.isTextual() || !RegistryNames.isLocation(location.textValue(), fileSystem)) {
      problems.add(problem(manifest, pointer + "/location", RegistryMessages.manifestField(
          field + ".location", "a relative path with forward slashes that stays inside `files/`")));
    }
    if (!size.isIntegralNumber() || !size.canConvertToLong() || size.longValue() < 0) {
      problems.add(problem(manifest, pointer + "/size",
          RegistryMessages.manifestField(field + ".size", "a non-negative integer")));
    }
    if (!sha.isTextual() || !SHA_256.matcher(sha.textValue()).matches()) {
      problems.add(problem(manifest, pointer + "/sha256",
          RegistryMessages.manifestField(field + ".sha256", "64 lower-case hex digits")));
    }
    return problems.size() > before ? null
        : new Entry(location.textValue(), size.longValue(), sha.textValue());
  }

  private static @Nullable String text(JsonNode root, String field, List<Problem> problems, Path manifest) {
    JsonNode node = root.path(field);
    if (!node.isTextual() || node.textValue().isEmpty()) {
      problems.add(problem(manifest, "/" + field, RegistryMessages.manifestField(field, "a non-empty string")));
      return null;
    }
    return node.textValue();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      // Every Java runtime must provide SHA-256 (see MessageDigest's Javadoc).
      throw new InvalidDefinitionException("This Java runtime provides no SHA-256 digest.", e);
    }
  }

  private static Problem problem(Path manifest, @Nullable String pointer, String message) {
    return new Problem(new SourceLocation(manifest.toString(), 0, 0, pointer), message);
  }

  private static InvalidInputException damaged(Path manifest, List<Problem> problems, @Nullable Throwable cause) {
    return new InvalidInputException(RegistryMessages.damagedEntry(manifest.getParent()), problems, cause);
  }
}
