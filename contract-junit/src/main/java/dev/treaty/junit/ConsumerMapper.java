package dev.treaty.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The consumer's Jackson {@code ObjectMapper}, configured as in production: a static field or a
 * static method without parameters in a {@link TreatyConsumer} test class. It is used to derive the
 * expectation from {@link TreatyConsumer#derivedFrom()} and to read every sample into that class.
 * Without it, a plain {@code JsonMapper} with the Jackson modules on the class path is used.
 */
@Target({ElementType.METHOD, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ConsumerMapper {}
