package org.reportlint.core.facts;

/** What a year range in a report is a period of, judged from the words around it. */
public enum StatementKind {
    /** A forecast, projection or growth-rate (CAGR) period: the periods that must agree within a report. */
    FORECAST,
    /** Past data: a historical period or a base year. */
    HISTORICAL,
    /** The whole span a study covers, history and forecast together ("study period", "report timeline"). */
    STUDY_PERIOD,
    /**
     * A period a title, heading or opening line gives with no word saying what it is ({@code Sensor Market Analysis
     * 2025-2031}): the report's forecast period or the whole span it studies, which ends with the forecast.
     */
    TITLE_PERIOD,
    /** No word nearby says what the range is. */
    UNSPECIFIED
}
