package dev.treaty.protobuf.internal.compare;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import dev.treaty.protobuf.internal.read.ProtoFiles;
import java.util.List;
import java.util.Map;

/**
 * Compares two versions the way buf does: files paired by name, messages and enums by full name
 * across all own files, fields by number, extensions by extended message and number. Imports that
 * are not own files are never compared. Each pair goes to every rule of its kind.
 */
public final class Comparison {

  private Comparison() {}

  /**
   * Compares two versions.
   *
   * @param previous the earlier version
   * @param current the later version
   * @param rules the rules to run
   * @return every change found, in a stable order
   */
  public static List<Change> run(ProtoFiles previous, ProtoFiles current, RuleSet rules) {
    Versions versions = new Versions(new Side(previous), new Side(current));
    Changes changes = new Changes();
    for (PairRule<Versions> rule : rules.versions()) {
      rule.check(versions, changes);
    }
    Map<String, FileDescriptor> currentFiles = versions.current().ownFiles();
    for (Map.Entry<String, FileDescriptor> entry : versions.previous().ownFiles().entrySet()) {
      FileDescriptor file = currentFiles.get(entry.getKey());
      if (file != null) {
        FilePair pair = new FilePair(entry.getValue(), file, versions);
        rules.files().forEach(rule -> rule.check(pair, changes));
      }
    }
    Map<String, Descriptor> currentMessages = versions.current().messages();
    for (Map.Entry<String, Descriptor> entry : versions.previous().messages().entrySet()) {
      Descriptor message = currentMessages.get(entry.getKey());
      if (message == null) {
        continue;
      }
      MessagePair pair = new MessagePair(entry.getValue(), message, versions);
      rules.messages().forEach(rule -> rule.check(pair, changes));
      for (FieldDescriptor previousField : entry.getValue().getFields()) {
        FieldDescriptor field = message.findFieldByNumber(previousField.getNumber());
        if (field != null) {
          fields(new FieldPair(previousField, field, versions), rules, changes);
        }
      }
    }
    Map<String, Map<Integer, FieldDescriptor>> currentExtensions =
        versions.current().extensionsByExtendee();
    for (Map.Entry<String, Map<Integer, FieldDescriptor>> entry
        : versions.previous().extensionsByExtendee().entrySet()) {
      Map<Integer, FieldDescriptor> byNumber = currentExtensions.getOrDefault(entry.getKey(),
          Map.of());
      for (FieldDescriptor previousExtension : entry.getValue().values()) {
        FieldDescriptor extension = byNumber.get(previousExtension.getNumber());
        if (extension != null) {
          fields(new FieldPair(previousExtension, extension, versions), rules, changes);
        }
      }
    }
    Map<String, EnumDescriptor> currentEnums = versions.current().enums();
    for (Map.Entry<String, EnumDescriptor> entry : versions.previous().enums().entrySet()) {
      EnumDescriptor enumType = currentEnums.get(entry.getKey());
      if (enumType != null) {
        EnumPair pair = new EnumPair(entry.getValue(), enumType, versions);
        rules.enums().forEach(rule -> rule.check(pair, changes));
      }
    }
    return changes.list();
  }

  private static void fields(FieldPair pair, RuleSet rules, Changes changes) {
    for (PairRule<FieldPair> rule : rules.fields()) {
      rule.check(pair, changes);
    }
  }
}
