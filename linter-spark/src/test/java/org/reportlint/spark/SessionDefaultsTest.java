package org.reportlint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** What the job sets on its session when spark-submit leaves it unset, and that it never overrides the user. */
class SessionDefaultsTest {
    @Test
    void aBareConfGetsALocalMasterAndNoWholeStageCodeGeneration() {
        SparkConf conf = LintJob.defaults(new SparkConf(false));
        assertEquals("local[*]", conf.get("spark.master"));
        assertEquals("false", conf.get("spark.sql.codegen.wholeStage"));
    }

    @Test
    void whatTheUserSetWins() {
        SparkConf given = new SparkConf(false).set("spark.master", "yarn").set("spark.sql.codegen.wholeStage", "true");
        SparkConf conf = LintJob.defaults(given);
        assertEquals("yarn", conf.get("spark.master"));
        assertEquals("true", conf.get("spark.sql.codegen.wholeStage"));
        assertEquals(2, given.getAll().length, "the given conf is left as it was");
    }
}
