package org.dfaas.sampler;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tools a test class or method needs. Where one is missing the test is skipped loudly, saying
 * what is missing and how to install it, or fails under {@code CI=true} (see {@link
 * Prerequisites}): no test passes without having run.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(Prerequisites.class)
public @interface Requires {
  Tool[] value();
}
