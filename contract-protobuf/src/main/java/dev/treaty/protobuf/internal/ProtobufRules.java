package dev.treaty.protobuf.internal;

import dev.treaty.protobuf.internal.compare.RuleSet;
import dev.treaty.protobuf.internal.rules.enums.EnumDeletedRule;
import dev.treaty.protobuf.internal.rules.enums.EnumJsonFormatRule;
import dev.treaty.protobuf.internal.rules.enums.EnumReservedRemovedRule;
import dev.treaty.protobuf.internal.rules.enums.EnumTypeRule;
import dev.treaty.protobuf.internal.rules.enums.EnumValueAddedRule;
import dev.treaty.protobuf.internal.rules.enums.EnumValueDeletedRule;
import dev.treaty.protobuf.internal.rules.enums.EnumValueNameRule;
import dev.treaty.protobuf.internal.rules.enums.EnumValueNumberRule;
import dev.treaty.protobuf.internal.rules.field.CardinalityRule;
import dev.treaty.protobuf.internal.rules.field.DefaultRule;
import dev.treaty.protobuf.internal.rules.field.ExtensionDeletedRule;
import dev.treaty.protobuf.internal.rules.field.FieldDeletedRule;
import dev.treaty.protobuf.internal.rules.field.FieldNameRule;
import dev.treaty.protobuf.internal.rules.field.FieldTypeRule;
import dev.treaty.protobuf.internal.rules.field.JavaUtf8ValidationRule;
import dev.treaty.protobuf.internal.rules.field.JsonNameRule;
import dev.treaty.protobuf.internal.rules.field.ReservedReuseRule;
import dev.treaty.protobuf.internal.rules.field.Utf8ValidationRule;
import dev.treaty.protobuf.internal.rules.file.FileDeletedRule;
import dev.treaty.protobuf.internal.rules.file.PackageChangedRule;
import dev.treaty.protobuf.internal.rules.file.SyntaxChangedRule;
import dev.treaty.protobuf.internal.rules.message.ExtensionRangeRemovedRule;
import dev.treaty.protobuf.internal.rules.message.MessageDeletedRule;
import dev.treaty.protobuf.internal.rules.message.MessageJsonFormatRule;
import dev.treaty.protobuf.internal.rules.message.MessageReservedRemovedRule;
import dev.treaty.protobuf.internal.rules.message.RequiredFieldsRule;
import dev.treaty.protobuf.internal.rules.oneof.OneofDeletedRule;
import dev.treaty.protobuf.internal.rules.oneof.OneofFieldMovedRule;
import dev.treaty.protobuf.internal.rules.oneof.OneofMembersRule;
import dev.treaty.protobuf.internal.rules.packages.PackageDeletedRule;
import dev.treaty.protobuf.internal.rules.packages.PackageEnumDeletedRule;
import dev.treaty.protobuf.internal.rules.packages.PackageExtensionDeletedRule;
import dev.treaty.protobuf.internal.rules.packages.PackageMessageDeletedRule;
import java.util.List;

/** The rules the Protobuf comparison runs, by the kind of pair they judge. */
public final class ProtobufRules {

  /** Every rule. */
  public static final RuleSet ALL = new RuleSet(
      List.of(new FileDeletedRule(), new PackageDeletedRule(), new PackageMessageDeletedRule(),
          new PackageEnumDeletedRule(), new PackageExtensionDeletedRule()),
      List.of(new SyntaxChangedRule(), new PackageChangedRule(), new MessageDeletedRule(),
          new EnumDeletedRule(), new ExtensionDeletedRule()),
      List.of(new RequiredFieldsRule(), new MessageJsonFormatRule(),
          new ExtensionRangeRemovedRule(), new MessageReservedRemovedRule(),
          new OneofDeletedRule(), new OneofMembersRule(), new FieldDeletedRule(),
          new ReservedReuseRule()),
      List.of(new FieldNameRule(), new JsonNameRule(), new FieldTypeRule(), new CardinalityRule(),
          new DefaultRule(), new OneofFieldMovedRule(), new Utf8ValidationRule(),
          new JavaUtf8ValidationRule()),
      List.of(new EnumValueDeletedRule(), new EnumValueNameRule(), new EnumValueNumberRule(),
          new EnumValueAddedRule(), new EnumTypeRule(), new EnumJsonFormatRule(),
          new EnumReservedRemovedRule()));

  private ProtobufRules() {}
}
