package dev.treaty.internal.registry;

import dev.treaty.model.PublishedContract;
import dev.treaty.model.PublishedExpectation;
import dev.treaty.model.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Publications and directory snapshots for the registry tests (also used by the child processes). */
final class RegistryFixtures {

  static final String CONTRACT_FILE = "order-events.odcs.yaml";
  static final String SCHEMA_FILE = "json/order-placed.schema.json";

  private RegistryFixtures() {}

  /** A contract with an ODCS file and one schema file, whose bytes depend on {@code flavour}. */
  static PublishedContract contract(String id, String version, String flavour) {
    return new PublishedContract(id, version, CONTRACT_FILE, List.of(
        SourceFile.ofText(CONTRACT_FILE, """
            apiVersion: v3.1.0
            kind: DataContract
            id: %s
            version: %s
            customProperties:
              - {property: treaty.schema, value: json/order-placed.schema.json}
            """.formatted(id, version)),
        SourceFile.ofText(SCHEMA_FILE, """
            {"type": "object", "description": "%s", "properties": {"orderId": {"type": "string"}}}
            """.formatted(flavour))));
  }

  /** A contract made of exactly the given files; the first is the contract file. */
  static PublishedContract contractOf(String id, String version, SourceFile... files) {
    return new PublishedContract(id, version, files[0].location(), List.of(files));
  }

  static PublishedExpectation expectation(String contract, String consumer, String purpose) {
    return new PublishedExpectation(contract, consumer, SourceFile.ofText(
        "src/test/resources/" + consumer + ".expectation.yaml", """
            kind: ConsumerExpectation
            consumer: %s
            contract: %s
            purpose: %s
            fields:
              - {path: orderId, type: string, required: true}
            """.formatted(consumer, contract, purpose)));
  }

  /** Every file and directory below a root with its bytes (directories map to an empty string). */
  static Map<String, String> snapshot(Path root) {
    Map<String, String> entries = new TreeMap<>();
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return entries;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          entries.put(name(dir) + "/", "");
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          entries.put(name(file), attrs.isSymbolicLink()
              ? "-> " + Files.readSymbolicLink(file)
              : ContractManifest.sha256(Files.readAllBytes(file)));
          return FileVisitResult.CONTINUE;
        }

        private String name(Path path) {
          return root.relativize(path).toString().replace('\\', '/');
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /** The names of registry leftovers (staging, trash, temporary) anywhere below a root. */
  static List<String> leftovers(Path root) {
    List<String> found = new ArrayList<>();
    for (String entry : snapshot(root).keySet()) {
      for (String segment : entry.split("/")) {
        if (RegistryLayout.isLeftover(segment)) {
          found.add(entry);
          break;
        }
      }
    }
    return found;
  }
}
