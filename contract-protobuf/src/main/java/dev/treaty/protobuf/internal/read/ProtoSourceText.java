package dev.treaty.protobuf.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The little Treaty reads of {@code .proto} text itself: the imports (to hand protoc every file
 * it will ask for) and the package (to find the include root). Everything else is protoc's job.
 * Comments are blanked first, so a commented-out import is not followed; string literals are kept.
 */
final class ProtoSourceText {

  private static final Pattern IMPORT =
      Pattern.compile("\\bimport\\s+(?:public\\s+|weak\\s+|option\\s+)?\"([^\"\\\\]*)\"\\s*;");
  private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([A-Za-z_][\\w.]*)\\s*;");

  private final String code;

  ProtoSourceText(String text) {
    this.code = withoutComments(text);
  }

  /** The files this one imports, as written. */
  List<String> imports() {
    List<String> imports = new ArrayList<>();
    Matcher matcher = IMPORT.matcher(code);
    while (matcher.find()) {
      imports.add(matcher.group(1));
    }
    return imports;
  }

  /** The declared package, or {@code null}. */
  @Nullable String packageName() {
    Matcher matcher = PACKAGE.matcher(code);
    return matcher.find() ? matcher.group(1) : null;
  }

  private static String withoutComments(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    int n = text.length();
    char quote = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (quote != 0) {
        out.append(c);
        if (c == '\\' && i + 1 < n) {
          out.append(text.charAt(i + 1));
          i += 2;
          continue;
        }
        if (c == quote || c == '\n') {
          quote = 0;
        }
        i++;
      } else if (c == '"' || c == '\'') {
        quote = c;
        out.append(c);
        i++;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        while (i < n && text.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        out.append(' ');
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
