package dev.treaty.protobuf.internal.rules;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;
import static dev.treaty.protobuf.internal.rules.BufCategory.FILE;
import static dev.treaty.protobuf.internal.rules.BufCategory.PACKAGE;
import static dev.treaty.protobuf.internal.rules.BufCategory.WIRE;
import static dev.treaty.protobuf.internal.rules.BufCategory.WIRE_JSON;

import dev.treaty.model.Classification;
import dev.treaty.model.RuleDescriptor;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every Protobuf evolution rule: id, purpose, the usual classification for readers of the new
 * schema reading old data (backward) and for readers of the old schema reading new data
 * (forward), the buf categories it belongs to, the buf rule it corresponds to, and the message
 * template. Treaty classifies by what a reader gets from binary data and from ProtoJSON, the
 * worse of the two; rules whose classification depends on the change (a type that widens one way
 * and narrows the other) say so, and their findings carry the computed classification.
 *
 * <p>Each rule belongs to exactly the buf categories of the buf rules that report the same
 * change, so choosing a category selects what buf would report. Where buf reports one change under
 * rules of different categories, Treaty either grades it (a type change is {@code typeChanged},
 * {@code typeChangedSameWire} or {@code typeChangedSameEncoding}, by which encodings still agree)
 * or reports a finding per concern (a deleted field is {@code deleted}, and also
 * {@code numberReleased} and {@code nameReleased} when its number and name are not reserved).
 * Rules with no categories are Treaty's own.
 *
 * <p>Templates use {@code {subject}} (e.g. "field `status` (3) of message `acme.Order`"),
 * {@code {old}}, {@code {new}} and {@code {name}}. Ids are never renamed or reused.
 */
public enum ProtobufRule {
  // ------------------------------------------------------------------------- files and packages
  FILE_DELETED("protobuf.file.deleted", List.of("FILE_NO_DELETE"),
      "A file was deleted; the types it declared report their own deletion.",
      COMPATIBLE, COMPATIBLE, EnumSet.of(FILE),
      "{subject} was deleted."),
  FILE_SYNTAX_CHANGED("protobuf.file.syntaxChanged", List.of("FILE_SAME_SYNTAX"),
      "A file's syntax or edition changed (proto2, proto3, an edition). What that changes for data "
          + "is reported by the presence, enum and UTF-8 rules, which compare resolved features.",
      COMPATIBLE, COMPATIBLE, EnumSet.of(FILE, PACKAGE),
      "{subject} changed syntax from {old} to {new}."),
  PACKAGE_CHANGED("protobuf.package.changed", List.of("FILE_SAME_PACKAGE"),
      "A file's package changed: every type in it has a new full name, which Any type URLs, "
          + "registries that name types, and gRPC paths carry.",
      BREAKING, BREAKING, EnumSet.of(FILE, PACKAGE, WIRE_JSON, WIRE),
      "{subject} changed package from {old} to {new}."),
  PACKAGE_DELETED("protobuf.package.deleted", List.of("PACKAGE_NO_DELETE"),
      "No file declares a package any more.",
      COMPATIBLE, COMPATIBLE, EnumSet.of(PACKAGE),
      "{subject} was deleted."),
  PACKAGE_MESSAGE_DELETED("protobuf.package.messageDeleted", List.of("PACKAGE_MESSAGE_NO_DELETE"),
      "A message no longer exists in its package (moving it to another file of the package is "
          + "not a deletion); fields that used it report their own type change.",
      COMPATIBLE, COMPATIBLE, EnumSet.of(PACKAGE),
      "{subject} was deleted from package {name}."),
  PACKAGE_ENUM_DELETED("protobuf.package.enumDeleted", List.of("PACKAGE_ENUM_NO_DELETE"),
      "An enum no longer exists in its package.",
      COMPATIBLE, COMPATIBLE, EnumSet.of(PACKAGE),
      "{subject} was deleted from package {name}."),
  PACKAGE_EXTENSION_DELETED("protobuf.package.extensionDeleted",
      List.of("PACKAGE_EXTENSION_NO_DELETE"),
      "An extension no longer exists in its package.",
      COMPATIBLE, COMPATIBLE, EnumSet.of(PACKAGE),
      "{subject} was deleted from package {name}."),
  // ------------------------------------------------------------------------- messages
  MESSAGE_DELETED("protobuf.message.deleted", List.of("MESSAGE_NO_DELETE"),
      "A message no longer exists in its file (deleted, or moved to another file); fields that "
          + "used it report their own type change.",
      COMPATIBLE, COMPATIBLE, EnumSet.of(FILE),
      "{subject} was deleted from file {name}."),
  MESSAGE_REQUIRED_FIELD_ADDED("protobuf.message.requiredFieldAdded",
      List.of("MESSAGE_SAME_REQUIRED_FIELDS"),
      "A required field (proto2 required, editions LEGACY_REQUIRED) was added: data written "
          + "without it fails to parse.",
      BREAKING, COMPATIBLE, EnumSet.of(FILE, PACKAGE, WIRE_JSON, WIRE),
      "{subject} is required, and was not before."),
  MESSAGE_REQUIRED_FIELD_DELETED("protobuf.message.requiredFieldDeleted",
      List.of("MESSAGE_SAME_REQUIRED_FIELDS"),
      "A required field was deleted or made optional: readers of the old schema reject data "
          + "written without it.",
      COMPATIBLE, BREAKING, EnumSet.of(FILE, PACKAGE, WIRE_JSON, WIRE),
      "{subject} no longer has the required field {name}."),
  MESSAGE_JSON_FORMAT_CHANGED("protobuf.message.jsonFormatChanged",
      List.of("MESSAGE_SAME_JSON_FORMAT"),
      "A message's JSON support (feature json_format, resolved) changed from ALLOW to best "
          + "effort: it may declare fields whose JSON names clash. Data changes only when names "
          + "do, which the name rules report.",
      COMPATIBLE, COMPATIBLE, EnumSet.of(FILE, PACKAGE, WIRE_JSON),
      "{subject} changed JSON format support from {old} to {new}."),
  MESSAGE_EXTENSION_RANGE_REMOVED("protobuf.message.extensionRangeRemoved",
      List.of("EXTENSION_MESSAGE_NO_DELETE"),
      "Numbers were removed from a message's extension ranges; extensions there read as unknown "
          + "fields.",
      COMPATIBLE, COMPATIBLE, EnumSet.of(FILE, PACKAGE),
      "{subject} no longer accepts extensions numbered {new} (extension range {old})."),
  MESSAGE_RESERVED_REMOVED("protobuf.message.reservedRemoved",
      List.of("RESERVED_MESSAGE_NO_DELETE"),
      "Field numbers or names were removed from a message's reservations: a later field may take "
          + "them, and data written before they were retired may still carry them.",
      COMPATIBLE, COMPATIBLE, EnumSet.of(FILE, PACKAGE, WIRE_JSON, WIRE),
      "{subject} no longer reserves {name}."),
  // ------------------------------------------------------------------------- oneofs
  ONEOF_DELETED("protobuf.oneof.deleted", List.of("ONEOF_NO_DELETE"),
      "A oneof was deleted; its fields report their own deletion or move.",
      COMPATIBLE, COMPATIBLE, EnumSet.of(FILE, PACKAGE),
      "{subject} was deleted."),
  ONEOF_FIELD_MOVED("protobuf.oneof.fieldMoved", List.of("FIELD_SAME_ONEOF"),
      "A field moved into, out of, or between oneofs. Into a oneof: old data that set it "
          + "together with another member reads one of them. Out of a oneof: new data may set "
          + "several that old readers collapse. Classified per direction.",
      BREAKING, BREAKING, EnumSet.of(FILE, PACKAGE, WIRE_JSON, WIRE),
      "{subject} moved from {old} to {new}."),
  ONEOF_MEMBER_ADDED("protobuf.oneof.memberAdded", List.of(),
      "A oneof got a new member: readers of the old schema read data that sets it as a oneof "
          + "with no member set.",
      COMPATIBLE, BREAKING, EnumSet.noneOf(BufCategory.class),
      "{subject} is a new member of oneof {name}."),
  ONEOF_MEMBER_DELETED("protobuf.oneof.memberDeleted", List.of(),
      "A oneof member was deleted: readers of the new schema read old data that set it as a "
          + "oneof with no member set.",
      BREAKING, COMPATIBLE, EnumSet.noneOf(BufCategory.class),
      "{subject} is no longer a member of oneof {name}."),
  // ------------------------------------------------------------------------- fields
  FIELD_DELETED("protobuf.field.deleted", List.of("FIELD_NO_DELETE"),
      "A field was deleted. Readers skip fields they do not know and read absent fields as their "
          + "default, so data reads both ways; consumers that read the field say so in their "
          + "expectations.",
      COMPATIBLE, COMPATIBLE, EnumSet.of(FILE, PACKAGE),
      "{subject} was deleted."),
  FIELD_NUMBER_RELEASED("protobuf.field.numberReleased",
      List.of("FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED"),
      "A field was deleted without reserving its number: a later version may reuse the number "
          + "with another type, and data written before would be misread.",
      COMPATIBLE, COMPATIBLE, EnumSet.of(WIRE_JSON, WIRE),
      "{subject} was deleted without reserving its number {name}."),
  FIELD_NAME_RELEASED("protobuf.field.nameReleased",
      List.of("FIELD_NO_DELETE_UNLESS_NAME_RESERVED"),
      "A field was deleted without reserving its name: a later field may reuse the name, and "
          + "JSON or text data written before would be read into it.",
      COMPATIBLE, COMPATIBLE, EnumSet.of(WIRE_JSON),
      "{subject} was deleted without reserving its name {name}."),
  FIELD_NUMBER_REUSED("protobuf.field.numberReused", List.of(),
      "A field uses a number the previous version reserved: data written before the number was "
          + "retired may carry it with another type.",
      BREAKING, COMPATIBLE, EnumSet.noneOf(BufCategory.class),
      "{subject} uses the number {name}, which the previous version reserved."),
  FIELD_NAME_REUSED("protobuf.field.nameReused", List.of(),
      "A field uses a name the previous version reserved: JSON and text data written before the "
          + "name was retired may carry it with another type.",
      BREAKING, COMPATIBLE, EnumSet.noneOf(BufCategory.class),
      "{subject} uses the name {name}, which the previous version reserved."),
  FIELD_NAME_CHANGED("protobuf.field.nameChanged", List.of("FIELD_SAME_NAME"),
      "A field was renamed, keeping its number: binary data reads, JSON and text data carry the "
          + "name.",
      BREAKING, BREAKING, EnumSet.of(FILE, PACKAGE, WIRE_JSON),
      "{subject} changed name from {old} to {new}."),
  FIELD_JSON_NAME_CHANGED("protobuf.field.jsonNameChanged", List.of("FIELD_SAME_JSON_NAME"),
      "A field's JSON name changed (json_name, or the name it is derived from): JSON written with "
          + "one name is not read with the other.",
      BREAKING, BREAKING, EnumSet.of(FILE, PACKAGE, WIRE_JSON),
      "{subject} changed JSON name from {old} to {new}."),
  FIELD_TYPE_CHANGED("protobuf.field.typeChanged",
      List.of("FIELD_SAME_TYPE", "FIELD_WIRE_JSON_COMPATIBLE_TYPE", "FIELD_WIRE_COMPATIBLE_TYPE"),
      "A field's type changed to one with another binary encoding (varint, zigzag, fixed 32 or 64 "
          + "bits, length-delimited, group), to another message, or to an enum that is not a "
          + "compatible replacement: values do not read.",
      BREAKING, BREAKING, EnumSet.of(FILE, PACKAGE, WIRE_JSON, WIRE),
      "{subject} changed type from {old} to {new}."),
  FIELD_TYPE_CHANGED_SAME_WIRE("protobuf.field.typeChangedSameWire",
      List.of("FIELD_SAME_TYPE", "FIELD_WIRE_JSON_COMPATIBLE_TYPE"),
      "A field's type changed within one binary encoding but to another JSON encoding (among "
          + "int32, int64, uint32, uint64 and bool; sint32 and sint64; string to bytes). "
          + "Classified per direction: int32 to int64 widens (every value reads), int64 to int32 "
          + "truncates, signed and unsigned read negative numbers differently, bool is not a "
          + "number, and bytes print as base64 in JSON.",
      BREAKING, BREAKING, EnumSet.of(FILE, PACKAGE, WIRE_JSON),
      "{subject} changed type from {old} to {new}."),
  FIELD_TYPE_CHANGED_SAME_ENCODING("protobuf.field.typeChangedSameEncoding",
      List.of("FIELD_SAME_TYPE"),
      "A field's type changed within one binary and one JSON encoding (int32 and uint32, int64 "
          + "and uint64, fixed32 and sfixed32, fixed64 and sfixed64, or an enum replaced by one "
          + "with the same name and at least its values): values read, but signed and unsigned "
          + "readings of one value differ. Classified per direction.",
      BREAKING, BREAKING, EnumSet.of(FILE, PACKAGE),
      "{subject} changed type from {old} to {new}."),
  FIELD_CARDINALITY_CHANGED("protobuf.field.cardinalityChanged",
      List.of("FIELD_SAME_CARDINALITY",
          "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY",
          "FIELD_WIRE_COMPATIBLE_CARDINALITY"),
      "A field changed between singular, required, and repeated or map: JSON holds a value or an "
          + "array, a singular reader keeps one of several values, and a required reader rejects "
          + "data without the field. Classified per direction.",
      BREAKING, BREAKING, EnumSet.of(FILE, PACKAGE, WIRE_JSON, WIRE),
      "{subject} changed cardinality from {old} to {new}."),
  FIELD_CARDINALITY_CHANGED_SAME_WIRE("protobuf.field.cardinalityChangedSameWire",
      List.of("FIELD_SAME_CARDINALITY", "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY"),
      "A field changed between repeated and map: binary data reads (a map is a repeated entry "
          + "message), JSON holds an array or an object.",
      BREAKING, BREAKING, EnumSet.of(FILE, PACKAGE, WIRE_JSON),
      "{subject} changed cardinality from {old} to {new}."),
  FIELD_PRESENCE_CHANGED("protobuf.field.presenceChanged", List.of("FIELD_SAME_CARDINALITY"),
      "A field changed between explicit presence (optional, proto2, editions EXPLICIT) and "
          + "implicit presence (proto3 without optional, editions IMPLICIT). A writer without "
          + "presence omits zero values, so a reader that asks whether the field is set reads "
          + "them as unset: breaking for the reader with presence.",
      BREAKING, COMPATIBLE, EnumSet.of(FILE, PACKAGE),
      "{subject} changed presence from {old} to {new}."),
  FIELD_DEFAULT_CHANGED("protobuf.field.defaultChanged", List.of("FIELD_SAME_DEFAULT"),
      "A field's default value changed: a reader substitutes its own default for an absent "
          + "field, so absent values change meaning.",
      BREAKING, BREAKING, EnumSet.of(FILE, PACKAGE, WIRE_JSON, WIRE),
      "{subject} changed default value from {old} to {new}."),
  FIELD_UTF8_VALIDATION_CHANGED("protobuf.field.utf8ValidationChanged",
      List.of("FIELD_SAME_UTF8_VALIDATION"),
      "A string field's UTF-8 validation (feature utf8_validation, resolved: proto3 verifies, "
          + "proto2 does not) changed: a verifying reader rejects invalid UTF-8 that a "
          + "non-verifying writer wrote.",
      BREAKING, COMPATIBLE, EnumSet.of(FILE, PACKAGE),
      "{subject} changed UTF-8 validation from {old} to {new}."),
  FIELD_JAVA_UTF8_VALIDATION_CHANGED("protobuf.field.javaUtf8ValidationChanged",
      List.of("FIELD_SAME_JAVA_UTF8_VALIDATION"),
      "Java's UTF-8 validation of a string field (the standard feature, java_string_check_utf8, "
          + "or (pb.java).utf8_validation) changed: verifying Java readers reject invalid UTF-8 "
          + "that others wrote.",
      BREAKING, COMPATIBLE, EnumSet.of(FILE, PACKAGE),
      "{subject} changed Java UTF-8 validation from {old} to {new}."),
  // ------------------------------------------------------------------------- enums
  ENUM_DELETED("protobuf.enum.deleted", List.of("ENUM_NO_DELETE"),
      "An enum no longer exists in its file; fields that used it report their own type change.",
      COMPATIBLE, COMPATIBLE, EnumSet.of(FILE),
      "{subject} was deleted from file {name}."),
  ENUM_VALUE_DELETED("protobuf.enum.valueDeleted", List.of("ENUM_VALUE_NO_DELETE"),
      "An enum value (a number) was deleted: readers of the new schema read it in old data as an "
          + "unknown number (open enum) or drop it (closed enum), and its JSON name is unknown to "
          + "them.",
      BREAKING, COMPATIBLE, EnumSet.of(FILE, PACKAGE),
      "{subject} was deleted."),
  ENUM_VALUE_NUMBER_RELEASED("protobuf.enum.valueNumberReleased",
      List.of("ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED"),
      "An enum value was deleted without reserving its number: a later value may reuse it, and "
          + "binary data written before would change meaning.",
      COMPATIBLE, COMPATIBLE, EnumSet.of(WIRE_JSON, WIRE),
      "{subject} was deleted without reserving its number {name}."),
  ENUM_VALUE_NAME_RELEASED("protobuf.enum.valueNameReleased",
      List.of("ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED"),
      "An enum value was deleted without reserving its name: a later value may reuse it, and JSON "
          + "data written before would change meaning.",
      COMPATIBLE, COMPATIBLE, EnumSet.of(WIRE_JSON),
      "{subject} was deleted without reserving its name {name}."),
  ENUM_VALUE_NAME_CHANGED("protobuf.enum.valueNameChanged", List.of("ENUM_VALUE_SAME_NAME"),
      "An enum number lost a name (renamed, or an alias removed) or got another first name. JSON "
          + "and text data carry the "
          + "first name of a number: a direction breaks when the writer's first name is unknown "
          + "to the reader. Classified per direction.",
      BREAKING, BREAKING, EnumSet.of(FILE, PACKAGE, WIRE_JSON),
      "{subject} changed name from {old} to {new}."),
  ENUM_VALUE_NUMBER_CHANGED("protobuf.enum.valueNumberChanged", List.of(),
      "An enum value's name moved to another number: binary data carries numbers and JSON "
          + "carries names, so one of them reads as another value.",
      BREAKING, BREAKING, EnumSet.noneOf(BufCategory.class),
      "{subject} changed number from {old} to {new}."),
  ENUM_VALUE_ADDED("protobuf.enum.valueAdded", List.of(),
      "An enum value was added: readers of the old schema read it as an unknown number (open "
          + "enum) or drop it (closed enum), and reject or skip its JSON name.",
      COMPATIBLE, BREAKING, EnumSet.noneOf(BufCategory.class),
      "{subject} was added."),
  ENUM_TYPE_CHANGED("protobuf.enum.typeChanged", List.of("ENUM_SAME_TYPE"),
      "An enum changed between open and closed (feature enum_type; proto3 enums are open, proto2 "
          + "closed): a closed reader drops the unknown numbers an open writer may write. "
          + "Classified per direction.",
      BREAKING, COMPATIBLE, EnumSet.of(FILE, PACKAGE),
      "{subject} changed from {old} to {new}."),
  ENUM_JSON_FORMAT_CHANGED("protobuf.enum.jsonFormatChanged", List.of("ENUM_SAME_JSON_FORMAT"),
      "An enum's JSON support (feature json_format, resolved) changed from ALLOW to best effort: "
          + "it may declare values whose JSON names clash. Data changes only when names do.",
      COMPATIBLE, COMPATIBLE, EnumSet.of(FILE, PACKAGE, WIRE_JSON),
      "{subject} changed JSON format support from {old} to {new}."),
  ENUM_RESERVED_REMOVED("protobuf.enum.reservedRemoved", List.of("RESERVED_ENUM_NO_DELETE"),
      "Numbers or names were removed from an enum's reservations: a later value may take them, "
          + "and data written before they were retired may still carry them.",
      COMPATIBLE, COMPATIBLE, EnumSet.of(FILE, PACKAGE, WIRE_JSON, WIRE),
      "{subject} no longer reserves {name}."),
  // ------------------------------------------------------------------------- extensions
  EXTENSION_DELETED("protobuf.extension.deleted", List.of("EXTENSION_NO_DELETE"),
      "An extension no longer exists in its file; data that set it reads it as an unknown field.",
      COMPATIBLE, COMPATIBLE, EnumSet.of(FILE),
      "{subject} was deleted from file {name}.");

  private final String id;
  private final List<String> bufRules;
  private final String purpose;
  private final Classification backward;
  private final Classification forward;
  private final Set<BufCategory> categories;
  private final String template;

  ProtobufRule(String id, List<String> bufRules, String purpose, Classification backward,
      Classification forward, EnumSet<BufCategory> categories, String template) {
    this.id = id;
    this.bufRules = bufRules;
    this.purpose = purpose;
    this.backward = backward;
    this.forward = forward;
    this.categories = Set.copyOf(categories);
    this.template = template;
  }

  /**
   * The stable rule id.
   *
   * @return e.g. {@code protobuf.field.typeChanged}
   */
  public String id() {
    return id;
  }

  /**
   * The buf rules that report what this rule reports.
   *
   * @return e.g. {@code FIELD_NO_DELETE}; empty for Treaty's own rules
   */
  public List<String> bufRules() {
    return bufRules;
  }

  /**
   * The buf categories whose policy fails on this rule's findings.
   *
   * @return the categories; empty for Treaty's own rules
   */
  public Set<BufCategory> categories() {
    return categories;
  }

  /**
   * The message template.
   *
   * @return the template
   */
  public String template() {
    return template;
  }

  /**
   * The catalogue entry.
   *
   * @return the descriptor
   */
  public RuleDescriptor descriptor() {
    return RuleDescriptor.of(id, purpose, backward, forward);
  }

  /**
   * The usual classification for readers of the new schema.
   *
   * @return the backward classification
   */
  public Classification backward() {
    return backward;
  }

  /**
   * The usual classification for readers of the old schema.
   *
   * @return the forward classification
   */
  public Classification forward() {
    return forward;
  }

  /**
   * Fills in the message template.
   *
   * @param subject the element, e.g. "field `status` (3) of message `acme.Order`"
   * @param values the other placeholders by name (without braces)
   * @return one sentence, starting with a capital letter
   */
  public String message(String subject, Map<String, String> values) {
    String text = template.replace("{subject}", subject);
    for (Map.Entry<String, String> entry : values.entrySet()) {
      text = text.replace("{" + entry.getKey() + "}", entry.getValue());
    }
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * The rules a buf category selects.
   *
   * @param category the category
   * @return the rules, in catalogue order
   */
  public static List<ProtobufRule> inCategory(BufCategory category) {
    return Arrays.stream(values()).filter(r -> r.categories.contains(category)).toList();
  }

  /**
   * Every rule's descriptor, in catalogue order.
   *
   * @return the descriptors
   */
  public static List<RuleDescriptor> descriptors() {
    return Arrays.stream(values()).map(ProtobufRule::descriptor).toList();
  }
}
