package org.reportlint.rules.splitname;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegalFormsTest {
    private final LegalForms forms = LegalForms.load();

    @ParameterizedTest
    @ValueSource(strings = {"Ltd.", "Ltd", "LTD", "ltd.", " Ltd. ", "Co., Ltd.", "Co.,Ltd", "Co. Ltd", "Pvt. Ltd.",
        "Inc.", "inc", "LLC", "GmbH", "AG", "S.A.", "S.A", "S.p.A.", "N.V.", "B.V.", "PLC", "plc", "Corp.",
        "Limited", "Corporation", "LIMITED"})
    void recognisesSpellingVariants(String entry) {
        assertTrue(forms.isLegalForm(entry), entry);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ag", "SA", "Spa", "NV", "limited", "corporation", "Acme Ltd.", "Ltd. and Others", "Co.",
        "Company", "", "Saudi"})
    void rejectsWordsCodesAndLongerEntries(String entry) {
        assertFalse(forms.isLegalForm(entry), entry);
    }

    @ParameterizedTest
    @ValueSource(strings = {"S.A.B. de C.V.", "Sdn. Bhd.", "Sdn Bhd", "K.K.", "A/S", "S.A.S.", "S.L.", "Pty Ltd",
        "Pte. Ltd.", "LLP", "L.P.", "Kft.", "Sp. z o.o.", "a.s.", "S.r.l.", "ApS", "Oyj", "Ltda.", "Co., Limited"})
    void recognisesFormsOfManyCountriesAsNothingButLegalForms(String entry) {
        assertEquals(LegalForms.Strength.DISTINCTIVE, forms.strength(entry), entry);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Limited", "Corporation", "Incorporated", "AG", "AB", "SE", "Oy", "ASA"})
    void formsThatAreAlsoWordsNamesOrCodesAreAmbiguous(String entry) {
        assertEquals(LegalForms.Strength.AMBIGUOUS, forms.strength(entry), entry);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Se", "se", "Ab", "ab", "oy", "SAS", "LP", "KK", "as", "Edition", "Premium"})
    void wordsAndCodesSpelledLikeShortFormsAreNone(String entry) {
        assertEquals(LegalForms.Strength.NONE, forms.strength(entry), entry);
    }

    @Test
    void findsALegalFormAtTheEndOfAName() {
        assertTrue(forms.endsWithLegalForm("Lakeside Materials Co., Ltd."));
        assertTrue(forms.endsWithLegalForm("Harbor Energy Technology Co.,Ltd"));
        assertFalse(forms.endsWithLegalForm("Lakeside Materials Co."));
        assertTrue(forms.endsWithDistinctiveForm("Brightway Energy Inc."));
        assertFalse(forms.endsWithDistinctiveForm("Sport Edition Limited"));
    }

    @Test
    void keepsTheCommaOfCoLtdAndASpaceOtherwise() {
        assertEquals(", ", LegalForms.separator("Lakeside Materials Co.", "Ltd."));
        assertEquals(", ", LegalForms.separator("Lakeside Materials Co", "Ltd"));
        assertEquals(" ", LegalForms.separator("Acme", "Inc."));
        assertEquals(" ", LegalForms.separator("Meridian Silica Pvt.", "Ltd."));
        assertEquals(" ", LegalForms.separator("Lakeside Materials Co.,", "Ltd."));
    }
}
