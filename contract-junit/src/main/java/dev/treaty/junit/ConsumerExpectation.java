package dev.treaty.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The consumer's expectation in a {@link TreatyConsumer} test class: a static field or a static
 * method, one per class.
 *
 * <ul>
 *   <li>without {@link TreatyConsumer#derivedFrom()}: a field of type {@code Expectation}, or a
 *       method without parameters returning {@code Expectation} or {@code ExpectationBuilder};
 *   <li>with it: a method taking the derived {@code ExpectationBuilder} and returning it (or an
 *       {@code Expectation}) refined, e.g. with a purpose, a version range, a constraint.
 * </ul>
 */
@Target({ElementType.METHOD, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ConsumerExpectation {}
