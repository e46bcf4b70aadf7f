package dev.treaty.avro.internal.read;

import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.SourceFile;
import dev.treaty.model.SourceLocation;
import dev.treaty.spi.SchemaResolver;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Reads an {@code .avsc} file with Avro's own parser, resolving named types defined in other
 * files beside it.
 *
 * <p>Avro's parser reads one file at a time and knows only the types it has already read. When it
 * stops at an undefined name, the reader looks for a file that defines it, relative to the file
 * that uses it: {@code <full name>.avsc}, then {@code <simple name>.avsc}, then
 * {@code <namespace as directories>/<simple name>.avsc}, then that last path from the resolver's
 * root. The file found is read first, and reading starts again with a fresh parser (a parser that
 * failed keeps half-registered types), until every name resolves. Files that need each other are
 * refused: Avro cannot read such a cycle across files.
 */
public final class AvroReader {

  /** More files than this for one schema are refused. */
  static final int MAX_FILES = 128;
  /**
   * More named types than this for one schema are refused: Avro's parser slows down more than
   * linearly with their number (thousands take seconds), and real schemas define dozens.
   */
  static final int MAX_NAMED_TYPES = 2_000;

  private static final Pattern UNDEFINED = Pattern.compile("Undefined (?:schema|name): (\\S+)");

  private AvroReader() {}

  /**
   * Reads a schema.
   *
   * @param root the root file
   * @param resolver where files of referenced types are found
   * @param element the full name of the named type that is the payload's schema, or {@code null}
   *     for the file's schema itself
   * @return the schema and every file read, root first
   * @throws InvalidInputException naming file, line and column when the schema is malformed
   * @throws InvalidDefinitionException when {@code element} names no type
   */
  public static ReadSchema read(SourceFile root, SchemaResolver resolver,
      @Nullable String element) {
    JsonDocument main = JsonDocument.read(root);
    checkSize(List.of(main));
    List<JsonDocument> before = new ArrayList<>();
    while (true) {
      Schema.Parser parser = new Schema.Parser().setValidateDefaults(true);
      JsonDocument reading = main;
      Schema schema;
      try {
        for (JsonDocument dependency : before) {
          reading = dependency;
          parser.parse(dependency.text());
        }
        reading = main;
        schema = parser.parse(main.text());
      } catch (StackOverflowError e) {
        // Avro's parser resolves a chain of named types that refer forward to each other
        // recursively, one level per type; the stack has unwound to here, so report it
        throw new InvalidInputException(reading.file().location() + " is too deep for Avro's "
            + "parser", List.of(new Problem(SourceLocation.of(reading.file().location()),
                "Avro's parser runs out of stack resolving this schema's named types, which refer "
                    + "to each other in a chain too long to follow; define them in fewer levels.")),
            null);
      } catch (RuntimeException e) {
        // Avro throws SchemaParseException, AvroTypeException, AvroRuntimeException and, for some
        // malformed values, plain runtime exceptions: all of them mean the file is not valid.
        String missing = undefinedName(e);
        if (missing == null) {
          throw rejected(reading, e);
        }
        JsonDocument found = findDefinition(missing, reading, resolver);
        if (found.file().location().equals(main.file().location())
            || before.stream().anyMatch(d -> d.file().location().equals(found.file().location()))) {
          throw cycle(reading, found, missing);
        }
        int at = reading == main ? before.size() : before.indexOf(reading);
        before.add(at, found);
        List<JsonDocument> all = new ArrayList<>(before);
        all.add(main);
        checkSize(all);
        if (before.size() >= MAX_FILES) {
          throw InvalidInputException.of(new Problem(SourceLocation.of(root.location()),
              "The schema needs more than " + MAX_FILES + " files; Treaty reads at most "
                  + MAX_FILES + "."));
        }
        continue;
      }
      List<JsonDocument> documents = new ArrayList<>();
      documents.add(main);
      documents.addAll(before);
      return new ReadSchema(select(schema, parser.getTypes(), element, root), documents,
          Definitions.of(documents));
    }
  }

  private static void checkSize(List<JsonDocument> documents) {
    int named = Definitions.of(documents).size();
    if (named > MAX_NAMED_TYPES) {
      JsonDocument last = documents.get(documents.size() - 1);
      throw InvalidInputException.of(new Problem(SourceLocation.of(last.file().location()),
          "The schema defines " + named + " named types; Treaty reads schemas of at most "
              + MAX_NAMED_TYPES + "."));
    }
  }

  private static @Nullable String undefinedName(RuntimeException e) {
    String message = e.getMessage();
    if (message == null) {
      return null;
    }
    Matcher matcher = UNDEFINED.matcher(message.trim());
    return matcher.matches() ? matcher.group(1) : null;
  }

  private static JsonDocument findDefinition(String fullName, JsonDocument user,
      SchemaResolver resolver) {
    List<String> tried = new ArrayList<>();
    for (Candidate candidate : candidates(fullName)) {
      tried.add(candidate.fromRoot() ? candidate.path() + " from the root" : candidate.path());
      Optional<SourceFile> file = candidate.fromRoot() ? resolver.find(candidate.path())
          : resolver.findRelative(user.file(), candidate.path());
      if (file.isPresent()) {
        JsonDocument document = JsonDocument.read(file.get());
        if (!defines(document, fullName)) {
          String use = ParseFailures.typeUse(user, fullName);
          throw InvalidInputException.of(new Problem(
              use == null ? SourceLocation.of(user.file().location()) : user.locate(use),
              "The type `" + fullName + "` is not defined here, and "
                  + file.get().location() + " does not define it either."));
        }
        return document;
      }
    }
    String use = ParseFailures.typeUse(user, fullName);
    throw InvalidInputException.of(new Problem(
        use == null ? SourceLocation.of(user.file().location()) : user.locate(use),
        "The type `" + fullName + "` is not defined here, nor in a file beside "
            + user.file().location() + " (looked for " + String.join(", ", tried) + ")."));
  }

  private static boolean defines(JsonDocument document, String fullName) {
    Definitions definitions = Definitions.of(List.of(document));
    String simple = fullName.substring(fullName.lastIndexOf('.') + 1);
    // a type in the null namespace also resolves a name used inside another namespace
    return definitions.get(fullName) != null || definitions.get(simple) != null;
  }

  /** A file that may define a type, relative to the using file or to the resolver's root. */
  private record Candidate(String path, boolean fromRoot) {}

  private static List<Candidate> candidates(String fullName) {
    int dot = fullName.lastIndexOf('.');
    String simple = fullName.substring(dot + 1);
    Set<Candidate> out = new LinkedHashSet<>();
    out.add(new Candidate(fullName + ".avsc", false));
    out.add(new Candidate(simple + ".avsc", false));
    if (dot > 0) {
      String nested = fullName.substring(0, dot).replace('.', '/') + "/" + simple + ".avsc";
      out.add(new Candidate(nested, false));
      out.add(new Candidate(nested, true));
    }
    return List.copyOf(out);
  }

  private static InvalidInputException rejected(JsonDocument document, RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String plain = firstLine(message);
    return new InvalidInputException(document.file().location() + " is not a valid Avro schema",
        List.of(new Problem(ParseFailures.locate(document, plain),
            "Avro rejects the schema: " + (plain.endsWith(".") ? plain : plain + "."))), e);
  }

  private static InvalidInputException cycle(JsonDocument user, JsonDocument found,
      String fullName) {
    String use = ParseFailures.typeUse(user, fullName);
    return InvalidInputException.of(new Problem(
        use == null ? SourceLocation.of(user.file().location()) : user.locate(use),
        user.file().location() + " and " + found.file().location() + " need each other's types "
            + "(`" + fullName + "`); Avro reads one file at a time, so types that refer to each "
            + "other must be defined in one file."));
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    String line = newline < 0 ? text : text.substring(0, newline);
    // Avro appends whole schemas to some messages; keep the reader's screen readable
    return line.length() > 300 ? line.substring(0, 300) + "…" : line.trim();
  }

  private static Schema select(Schema schema, Map<String, Schema> types,
      @Nullable String element, SourceFile root) {
    if (element == null || element.isBlank()) {
      return schema;
    }
    Schema named = types.get(element);
    if (named != null) {
      return named;
    }
    List<Schema> bySimpleName = types.values().stream()
        .filter(t -> t.getName().equals(element)).toList();
    if (bySimpleName.size() == 1) {
      return bySimpleName.get(0);
    }
    throw new InvalidDefinitionException("Schema element `" + element + "` names no type in "
        + root.location() + "; it defines " + new TreeSet<>(types.keySet()) + ".");
  }
}
