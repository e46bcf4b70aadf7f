package dev.treaty.internal.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.internal.document.DocumentReader;
import dev.treaty.internal.document.DocumentSchema;
import dev.treaty.internal.document.DocumentWriter;
import dev.treaty.internal.document.LocatedDocument;
import dev.treaty.model.AcceptedChange;
import dev.treaty.model.FieldPath;
import dev.treaty.model.Finding;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the accepted-changes file and writes the ready-to-paste entry for a finding. */
public final class AcceptedChangesReader {

  private static final DocumentSchema SCHEMA =
      DocumentSchema.load("/dev/treaty/schemas/accepted-changes-v1.schema.json");

  private AcceptedChangesReader() {}

  /**
   * Reads an accepted-changes file.
   *
   * @param file the file
   * @return the entries, in file order
   * @throws InvalidInputException listing every problem with its place
   */
  public static List<AcceptedChange> read(SourceFile file) {
    LocatedDocument document = DocumentReader.read(file.location(), file.bytes());
    List<Problem> problems = new ArrayList<>(SCHEMA.validate(document));
    List<AcceptedChange> out = new ArrayList<>();
    if (problems.isEmpty()) {
      JsonNode entries = document.root().path("accepted");
      for (int i = 0; i < entries.size(); i++) {
        JsonNode entry = entries.get(i);
        try {
          out.add(new AcceptedChange(entry.get("rule").asText(),
              FieldPath.parse(entry.get("path").asText()),
              entry.hasNonNull("consumer") ? entry.get("consumer").asText() : null,
              entry.hasNonNull("version") ? entry.get("version").asText() : null,
              entry.get("justification").asText()));
        } catch (IllegalArgumentException e) {
          problems.add(document.problem("/accepted/" + i + "/path", e.getMessage()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(file.location() + " is not a valid accepted-changes file", problems);
    }
    return List.copyOf(out);
  }

  /**
   * The entry a producer pastes to accept a finding deliberately, as one YAML flow line.
   *
   * @param finding the finding
   * @return e.g. {@code - {rule: expectation.enum.valueAdded, path: status, consumer: fraud-scoring, justification: "..."}}
   */
  public static String entryFor(Finding finding) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("rule", finding.ruleId());
    entry.put("path", finding.path().toString());
    if (finding.consumer() != null) {
      entry.put("consumer", finding.consumer());
    }
    StringBuilder line = new StringBuilder("- {");
    entry.forEach((key, value) -> line.append(key).append(": ").append(scalar(String.valueOf(value))).append(", "));
    return line.append("justification: \"...\"}").toString();
  }

  private static String scalar(String value) {
    String yaml = DocumentWriter.yaml(value).strip();
    boolean plain = !value.isEmpty() && value.chars().noneMatch(c -> "[]{},:#&*!|>'\"%@`".indexOf(c) >= 0)
        && yaml.equals(value);
    return plain ? value : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
