package org.reportlint.core.facts;

/** What a year range in a report is a period of, judged from the words around it. */
public enum StatementKind {
    /** A forecast, projection or growth-rate (CAGR) period: the periods that must agree within a report. */
    FORECAST,
    /** Past data: a historical period or a base year. */
    HISTORICAL,
    /** The whole span a study covers, history and forecast together ("study period", "report timeline"). */
    STUDY_PERIOD,
    /** No word nearby says what the range is. */
    UNSPECIFIED
}
