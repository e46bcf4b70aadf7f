package dev.treaty.protobuf.internal.compare;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a change is about: the element a message names, and the owner by which the change is
 * placed in the payload (a field belongs to its message, an enum value to its enum).
 *
 * @param kind what the owner is
 * @param owner the owner's name: a file name, a package, or a message's or enum's full name (for
 *     an extension, the message it extends)
 * @param element the changed element's own name, for the schema pointer
 * @param text how a message names the element, e.g. "field `status` (3) of message `acme.Order`"
 * @param member for a field or oneof, its name in the message; else {@code null}
 * @param oneof for a field in a real oneof, the oneof's name; else {@code null}
 * @param number for a field, its number; else 0
 */
public record Subject(Kind kind, String owner, String element, String text,
    @Nullable String member, @Nullable String oneof, int number) {

  /** What a subject's owner is. */
  public enum Kind {
    /** A file. */
    FILE,
    /** A package. */
    PACKAGE,
    /** A message. */
    MESSAGE,
    /** A field of a message. */
    FIELD,
    /** A oneof of a message. */
    ONEOF,
    /** An extension of a message. */
    EXTENSION,
    /** An enum or one of its values. */
    ENUM
  }

  /** Validates the subject. */
  public Subject {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(text, "text");
  }

  /**
   * A file.
   *
   * @param name the file's name
   * @return the subject
   */
  public static Subject file(String name) {
    return new Subject(Kind.FILE, name, name, "file `" + name + "`", null, null, 0);
  }

  /**
   * A package.
   *
   * @param name the package
   * @return the subject
   */
  public static Subject packageNamed(String name) {
    String shown = name.isEmpty() ? "(no package)" : name;
    return new Subject(Kind.PACKAGE, name, shown, "package `" + shown + "`", null, null, 0);
  }

  /**
   * A message.
   *
   * @param message the message
   * @return the subject
   */
  public static Subject message(Descriptor message) {
    return message(message.getFullName());
  }

  /**
   * A message, by name.
   *
   * @param fullName the message's full name
   * @return the subject
   */
  public static Subject message(String fullName) {
    return new Subject(Kind.MESSAGE, fullName, fullName, "message `" + fullName + "`", null, null,
        0);
  }

  /**
   * A field or an extension.
   *
   * @param field the field
   * @return the subject
   */
  public static Subject field(FieldDescriptor field) {
    String message = field.getContainingType().getFullName();
    if (field.isExtension()) {
      return new Subject(Kind.EXTENSION, message, field.getFullName(), "extension `"
          + field.getFullName() + "` (" + field.getNumber() + ") of message `" + message + "`",
          null, null, field.getNumber());
    }
    OneofDescriptor oneof = field.getRealContainingOneof();
    return new Subject(Kind.FIELD, message, field.getFullName(), "field `" + field.getName()
        + "` (" + field.getNumber() + ") of message `" + message + "`", field.getName(),
        oneof == null ? null : oneof.getName(), field.getNumber());
  }

  /**
   * A oneof.
   *
   * @param oneof the oneof
   * @return the subject
   */
  public static Subject oneof(OneofDescriptor oneof) {
    String message = oneof.getContainingType().getFullName();
    return new Subject(Kind.ONEOF, message, oneof.getFullName(), "oneof `" + oneof.getName()
        + "` of message `" + message + "`", oneof.getName(), null, 0);
  }

  /**
   * An enum.
   *
   * @param enumType the enum
   * @return the subject
   */
  public static Subject enumType(EnumDescriptor enumType) {
    return enumType(enumType.getFullName());
  }

  /**
   * An enum, by name.
   *
   * @param fullName the enum's full name
   * @return the subject
   */
  public static Subject enumType(String fullName) {
    return new Subject(Kind.ENUM, fullName, fullName, "enum `" + fullName + "`", null, null, 0);
  }

  /**
   * A value of an enum.
   *
   * @param value the value
   * @return the subject
   */
  public static Subject enumValue(EnumValueDescriptor value) {
    String enumName = value.getType().getFullName();
    return new Subject(Kind.ENUM, enumName, value.getFullName(), "value `" + value.getName()
        + "` (" + value.getNumber() + ") of enum `" + enumName + "`", null, null, 0);
  }
}
