package vn.thidua.platform.web;

import java.io.Serializable;

/**
 * One suggestion of a picker: the code that goes into the field, the name people know it by, and where it sits
 * (the unit above, a person's unit, a movement's period) so that two of the same name can be told apart.
 */
public record Pick(String code, String name, String context) implements Serializable {
}
