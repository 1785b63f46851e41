package org.huixiang.common.model;

import java.io.Serializable;

/**
 * How to reach the citizen who wrote a message, already masked (张**, 138****5678).
 *
 * <p>{@code citizenKey} is a keyed hash of the phone number: it links messages of the same citizen
 * without ever storing the number.
 */
public record Contact(String name, String phone, String citizenKey) implements Serializable {}
