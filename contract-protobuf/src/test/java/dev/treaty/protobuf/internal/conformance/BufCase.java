package dev.treaty.protobuf.internal.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.treaty.protobuf.internal.read.DescriptorSetReader;
import dev.treaty.protobuf.internal.read.ProtoFiles;
import dev.treaty.testing.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One test of buf's breaking-change suite: the case directory on both sides, its descriptor sets
 * (when they were built), its {@code buf.yaml}, and the annotations buf expects.
 *
 * @param test the Go test's name
 * @param name the case directory's name
 * @param bufYaml the current side's {@code buf.yaml}, or {@code null}
 * @param expected buf's expected annotations
 */
record BufCase(String test, String name, JsonNode bufYaml, List<Annotation> expected) {

  /** The buf corpus; looked up when used, so a missing corpus skips the tests that need it. */
  static Path buf() {
    return Corpus.resolve("protobuf/buf");
  }

  /** Whether descriptor sets were built for this case (plugin and policy cases have none). */
  boolean hasDescriptors() {
    return Files.isRegularFile(descriptors("previous"))
        && Files.isRegularFile(descriptors("current"));
  }

  ProtoFiles read(String side) {
    Path set = descriptors(side);
    try {
      return DescriptorSetReader.read(side + "/" + name + ".binpb", Files.readAllBytes(set),
          ownFiles(side));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path descriptors(String side) {
    return buf().resolve("descriptors").resolve(side).resolve(name + ".binpb");
  }

  /**
   * The files of the case directory, relative to its import root: those are the module's own
   * files; the rest of the set (google/protobuf/...) are imports, which buf never checks.
   */
  private Set<String> ownFiles(String side) {
    Path root = importRoot(side);
    Set<String> own = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".proto")).toList()) {
        own.add(root.relativize(file).toString().replace('\\', '/'));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return own;
  }

  /** {@code <case>/root} where that side's buf.yaml says {@code build: roots: [root]}. */
  private Path importRoot(String side) {
    Path directory = buf().resolve("breaking").resolve(side).resolve(name);
    Path yaml = directory.resolve("buf.yaml");
    if (Files.isRegularFile(yaml)) {
      try {
        JsonNode roots = new YAMLMapper().readTree(yaml.toFile()).path("build").path("roots");
        if (roots.isArray() && roots.size() == 1) {
          return directory.resolve(roots.get(0).asText());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return directory;
  }

  /**
   * One annotation, as buf's test asserts it: the rule and, where known, the current file and the
   * span (1-based) in it.
   *
   * @param rule the buf rule id
   * @param path the current file, or {@code null}
   * @param startLine first line, or 0
   * @param startColumn first column, or 0
   * @param endLine last line, or 0
   * @param endColumn end column, or 0
   */
  record Annotation(String rule, String path, int startLine, int startColumn, int endLine,
      int endColumn) implements Comparable<Annotation> {

    static Annotation of(JsonNode node) {
      return new Annotation(node.get("rule").asText(), node.path("path").asText(""),
          node.path("startLine").asInt(0), node.path("startColumn").asInt(0),
          node.path("endLine").asInt(0), node.path("endColumn").asInt(0));
    }

    @Override
    public int compareTo(Annotation other) {
      return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
      String where = path.isEmpty() ? "-" : startLine == 0 ? path
          : path + ":" + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
      return rule + " @ " + where;
    }
  }

  static List<BufCase> all() {
    try {
      JsonNode tests = new YAMLMapper().readTree(
          buf().resolve("DERIVED_expected_annotations.json").toFile());
      List<BufCase> cases = new ArrayList<>();
      for (JsonNode test : tests) {
        List<Annotation> expected = new ArrayList<>();
        for (JsonNode annotation : test.get("expectedAnnotations")) {
          expected.add(Annotation.of(annotation));
        }
        JsonNode yaml = test.get("bufYaml").isNull() ? new YAMLMapper().createObjectNode()
            : new YAMLMapper().readTree(test.get("bufYaml").asText());
        cases.add(new BufCase(test.get("test").asText(), test.get("case").asText(), yaml,
            expected));
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
