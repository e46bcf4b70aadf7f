package dev.treaty.internal.jsonschema.read;

import dev.treaty.internal.document.LocatedDocument;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.model.SourceFile;
import dev.treaty.model.SourceLocation;

/**
 * One schema file as read: its tree, the draft it is written in, and whether the draft was
 * declared with {@code $schema}. A document that declares no draft is read as 2020-12 and also
 * accepts the spellings that only earlier drafts define (see {@link #tolerant()}).
 */
public final class SchemaDocument {

  private final SourceFile source;
  private final JsonNode root;
  private final Draft draft;
  private final boolean declared;
  private final boolean main;

  SchemaDocument(SourceFile source, JsonNode root, Draft draft, boolean declared, boolean main) {
    this.source = source;
    this.root = root;
    this.draft = draft;
    this.declared = declared;
    this.main = main;
  }

  /**
   * The file.
   *
   * @return the source file
   */
  public SourceFile source() {
    return source;
  }

  /**
   * The whole tree.
   *
   * @return the root node
   */
  public JsonNode root() {
    return root;
  }

  /**
   * The draft the file is read as.
   *
   * @return the draft
   */
  public Draft draft() {
    return draft;
  }

  /**
   * Whether the file declares no {@code $schema}, so that the spellings of earlier drafts are
   * accepted too: tuple {@code items} arrays with {@code additionalItems}, boolean
   * {@code exclusiveMinimum}/{@code exclusiveMaximum}, {@code definitions}, {@code dependencies}.
   * None of them means anything else in 2020-12, and undeclared schemas are mostly written in
   * draft-07 style.
   *
   * @return {@code true} if no draft is declared
   */
  public boolean tolerant() {
    return !declared;
  }

  /**
   * Whether this is the file the schema was read from, not one it references.
   *
   * @return {@code true} for the root file
   */
  public boolean isMain() {
    return main;
  }

  JsonNode at(String pointer) {
    return pointer.isEmpty() ? root : root.at(JsonPointer.compile(pointer));
  }

  /**
   * Where the element at a pointer starts.
   *
   * @param pointer a JSON pointer into this file
   * @return file, line and column
   */
  public SourceLocation locate(String pointer) {
    return new LocatedDocument(source.location(), root).locate(pointer);
  }

  /**
   * How findings name a place in this file: the bare pointer for the main file, the file's
   * location and the pointer as a fragment for others.
   *
   * @param pointer a JSON pointer into this file
   * @return e.g. {@code /properties/amount} or {@code common/money.json#/properties/currency}
   */
  public String label(String pointer) {
    return main ? pointer : source.location() + "#" + pointer;
  }
}
