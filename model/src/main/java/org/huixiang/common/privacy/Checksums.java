package org.huixiang.common.privacy;

/**
 * The check digits that tell a real ID card or bank card number from any run of digits: GB 11643
 * for resident ID cards, Luhn for bank cards. One place for the masker and for the corpus that
 * measures it.
 */
public final class Checksums {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] ID_CHECKS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private Checksums() {}

    /** The GB 11643 check character of the first 17 digits of an 18-digit ID card number. */
    public static char idCardCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECKS[sum % 11];
    }

    /** The Luhn check digit to append to {@code body}. */
    public static char luhnCheck(String body) {
        return (char) ('0' + (10 - luhnSum(body, true) % 10) % 10);
    }

    /** True when the whole number, check digit included, passes Luhn. */
    public static boolean luhnValid(String digits) {
        return luhnSum(digits, false) % 10 == 0;
    }

    /** The Luhn sum from the right, doubling every second digit (the first one when asked). */
    private static int luhnSum(String digits, boolean doubleFirst) {
        int sum = 0;
        boolean doubleIt = doubleFirst;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum;
    }
}
