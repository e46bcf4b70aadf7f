package dev.treaty.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class as a consumer's contract test. Before its tests run, the extension finds the
 * consumer's expectation (a {@link ConsumerExpectation}, or one derived from {@link #derivedFrom()})
 * and writes it to {@code target/treaty/expectations/<contract>/<consumer>.expectation.yaml}, where
 * {@code contract:publish} picks it up. The directory can be changed with the system property or
 * JUnit configuration parameter {@value #EXPECTATIONS_DIR}. The document's bytes depend only on the
 * expectation; it is written atomically and only when it changes.
 *
 * <p>Test methods may take the {@link dev.treaty.model.Expectation} as a parameter;
 * {@link SamplePayloads} methods check sample payloads against it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(TreatyConsumerExtension.class)
public @interface TreatyConsumer {

  /** The system property or JUnit configuration parameter naming the expectations directory. */
  String EXPECTATIONS_DIR = "treaty.expectations.dir";

  /**
   * The consumer's name, e.g. {@code fraud-scoring}. Needed with {@link #derivedFrom()}; otherwise
   * taken from the expectation, and checked against it if given.
   *
   * @return the name, or empty
   */
  String consumer() default "";

  /**
   * The contract's id, e.g. {@code payments.order-events}. Needed with {@link #derivedFrom()};
   * otherwise taken from the expectation, and checked against it if given.
   *
   * @return the id, or empty
   */
  String contract() default "";

  /**
   * The class the consumer reads payloads into. When given, the expectation is derived from it
   * through the {@link ConsumerMapper} (or a default mapper with the Jackson modules on the class
   * path), a {@link ConsumerExpectation} method may refine it, and every sample is also read into
   * this class with that mapper.
   *
   * @return the class, or {@code void.class} for none
   */
  Class<?> derivedFrom() default void.class;
}
