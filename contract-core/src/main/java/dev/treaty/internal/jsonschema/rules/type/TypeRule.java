package dev.treaty.internal.jsonschema.rules.type;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import dev.treaty.internal.jsonschema.compare.Kind;
import dev.treaty.internal.jsonschema.compare.Location;
import dev.treaty.internal.jsonschema.compare.LocationRule;
import dev.treaty.internal.jsonschema.compare.Render;
import dev.treaty.internal.jsonschema.rules.JsonSchemaRule;
import java.util.EnumSet;
import java.util.List;

/**
 * Which kinds of value a place admits: types lost, gained or both, null gained or lost, and a
 * place that admits nothing at all on one side. Kinds come from {@code type}, {@code enum},
 * {@code const}, {@code nullable}, unions and {@code false}, so every spelling of "string or
 * null" is the same here.
 */
public final class TypeRule implements LocationRule {

  @Override
  public void check(Location location) {
    EnumSet<Kind> older = location.olderKinds();
    EnumSet<Kind> newer = location.newerKinds();
    if (older.equals(newer)) {
      return;
    }
    String was = Render.kinds(older, location.olderIntegral());
    String now = Render.kinds(newer, location.newerIntegral());
    String pointer = location.pointer("type");
    if (older.isEmpty()) {
      location.report(JsonSchemaRule.SCHEMA_ALLOWED, pointer, was, now, COMPATIBLE, BREAKING);
      return;
    }
    if (newer.isEmpty()) {
      location.report(JsonSchemaRule.SCHEMA_FORBIDDEN, pointer, was, now, BREAKING, COMPATIBLE);
      return;
    }
    EnumSet<Kind> lost = EnumSet.copyOf(older);
    lost.removeAll(newer);
    EnumSet<Kind> gained = EnumSet.copyOf(newer);
    gained.removeAll(older);
    if (gained.isEmpty() && lost.equals(EnumSet.of(Kind.NULL))) {
      location.report(JsonSchemaRule.NULLABLE_REMOVED, pointer, was, now, BREAKING, COMPATIBLE);
    } else if (lost.isEmpty() && gained.equals(EnumSet.of(Kind.NULL))) {
      location.report(JsonSchemaRule.NULLABLE_ADDED, pointer, was, now, COMPATIBLE, BREAKING);
    } else if (!lost.isEmpty() && !gained.isEmpty()) {
      location.report(JsonSchemaRule.TYPE_CHANGED, pointer, was, now, BREAKING, BREAKING);
    } else if (!lost.isEmpty()) {
      location.report(JsonSchemaRule.TYPE_NARROWED, pointer, was, now, BREAKING, COMPATIBLE);
    } else {
      location.report(JsonSchemaRule.TYPE_WIDENED, pointer, was, now, COMPATIBLE, BREAKING);
    }
  }

  @Override
  public List<JsonSchemaRule> reports() {
    return List.of(JsonSchemaRule.SCHEMA_ALLOWED, JsonSchemaRule.SCHEMA_FORBIDDEN,
        JsonSchemaRule.NULLABLE_ADDED, JsonSchemaRule.NULLABLE_REMOVED,
        JsonSchemaRule.TYPE_CHANGED, JsonSchemaRule.TYPE_NARROWED, JsonSchemaRule.TYPE_WIDENED);
  }
}
