package org.reportlint.rules.sharesum;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShareQualifierTest {

    @Test
    void sharesOfTheWhole() {
        assertFalse(ShareQualifier.isQualified("Market share (%)"));
        assertFalse(ShareQualifier.isQualified("Revenue share by region, 2024"));
        assertFalse(ShareQualifier.isQualified("North America held the largest share at 41%"));
        assertFalse(ShareQualifier.isQualified("Europe's share was 30%"));
        assertFalse(ShareQualifier.isQualified("Share of sales"));
        assertFalse(ShareQualifier.isQualified("Hand widgets held a 46% share"));
    }

    @Test
    void sharesOfASubCategory() {
        assertTrue(ShareQualifier.isQualified("Online share by region"));
        assertTrue(ShareQualifier.isQualified("Hand widget share (%)"));
        assertTrue(ShareQualifier.isQualified("The cordless share is 40% in Europe"));
    }
}
