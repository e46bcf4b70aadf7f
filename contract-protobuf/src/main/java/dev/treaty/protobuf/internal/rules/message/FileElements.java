package dev.treaty.protobuf.internal.rules.message;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import java.util.ArrayList;
import java.util.List;

/** The messages a file declares, nested ones included, in declaration order. */
public final class FileElements {

  private FileElements() {}

  /**
   * Every message of a file.
   *
   * @param file the file
   * @return its messages, outer before nested
   */
  public static List<Descriptor> messages(FileDescriptor file) {
    List<Descriptor> all = new ArrayList<>();
    for (Descriptor message : file.getMessageTypes()) {
      add(message, all);
    }
    return all;
  }

  private static void add(Descriptor message, List<Descriptor> all) {
    all.add(message);
    for (Descriptor nested : message.getNestedTypes()) {
      add(nested, all);
    }
  }
}
