package dev.treaty.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated method once per sample payload, after checking the sample against the
 * consumer's expectation: the test fails listing every violation (file, line, column and message)
 * before the method runs. When the expectation is derived from a class, the sample must also read
 * into that class with the consumer's mapper.
 *
 * <p>The method may take a {@link SamplePayload} and, with {@link TreatyConsumer#derivedFrom()}, the
 * sample read into that class. Patterns are globs on the class path ({@code samples/orders/*.json},
 * {@code samples/**&#47;*.json}) or, with {@code file:}, on the file system relative to the working
 * directory. A pattern that matches nothing fails: a check of no samples proves nothing.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(SamplePayloadsExtension.class)
public @interface SamplePayloads {

  /**
   * Glob patterns of sample files.
   *
   * @return the patterns, e.g. {@code samples/order-placed/*.json} or {@code file:src/test/samples/*.json}
   */
  String[] value();
}
