package org.timelineexplorer.timeline;

import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.DatePrecision;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimelineEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Events and eras like the bundled dataset's, and synthetic ones in bulk, for tests and the benchmark. */
public final class SampleTimeline {

    private SampleTimeline() {
    }

    public static List<Era> eras() {
        return List.of(
                era("invasion", "Invasion and occupation", "2003-03-20", "2004-06-27", "#0072B2"),
                era("insurgency", "Insurgency and sectarian war", "2004-06-28", "2007-01-09", "#E69F00"),
                era("surge", "The surge", "2007-01-10", "2008-12-31", "#009E73"),
                era("withdrawal", "Withdrawal", "2009-01-01", "2011-12-18", "#56B4E9"),
                era("isis", "War against the Islamic State", "2014-06-10", "2017-12-09", "#D55E00"),
                era("crisis", "Crisis of 2019 to 2020", "2019-10-01", "2020-12-31", "#CC79A7"));
    }

    public static List<TimelineEvent> events() {
        List<TimelineEvent> events = new ArrayList<>(List.of(
                event("invasion-begins", "2003-03-20", null, "The invasion of Iraq begins"),
                event("baghdad-falls", "2003-04-09", null, "Baghdad falls"),
                event("mission-accomplished", "2003-05-01", null, "\"Mission Accomplished\" speech"),
                event("cpa", "2003-05", null, "Coalition Provisional Authority governs"),
                event("saddam-captured", "2003-12-13", null, "Saddam Hussein captured"),
                event("abu-ghraib", "2004-04", null, "Abu Ghraib photographs published"),
                event("handover", "2004-06-28", null, "Sovereignty handed to Iraqis"),
                event("fallujah", "2004-11-07", "2004-12-23", "Second battle of Fallujah"),
                event("elections-2005", "2005-01-30", null, "First parliamentary elections"),
                event("samarra", "2006-02-22", null, "Al-Askari mosque bombing"),
                event("surge-announced", "2007-01-10", null, "The surge is announced"),
                event("sofa", "2008-11-17", null, "Status of forces agreement signed"),
                event("cities", "2009-06-30", null, "US troops leave the cities"),
                event("last-troops", "2011-12-18", null, "Last US troops leave Iraq"),
                event("mosul-falls", "2014-06-10", null, "Mosul falls to the Islamic State"),
                event("airstrikes", "2014-08-08", null, "US airstrikes begin"),
                event("mosul-battle", "2016-10-17", "2017-07-20", "Battle of Mosul"),
                event("victory", "2017-12-09", null, "Victory over the Islamic State declared"),
                event("protests", "2019-10", null, "Mass protests across Iraq"),
                event("soleimani", "2020-01-03", null, "Soleimani killed at Baghdad airport"),
                event("parliament-vote", "2020-01-05", null, "Parliament votes to expel foreign troops"),
                event("2020", "2020", null, "A year of drawdown")));
        return new Dataset("sample", "", "", eras(), events, List.of()).events();
    }

    /** {@code n} events spread evenly at random over 2003 to 2020, in date order, a tenth of them spans. */
    public static List<TimelineEvent> synthetic(int n, long seed) {
        Random random = new Random(seed);
        long first = java.time.LocalDate.of(2003, 1, 1).toEpochDay();
        long last = java.time.LocalDate.of(2020, 12, 31).toEpochDay();
        List<TimelineEvent> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            java.time.LocalDate day = java.time.LocalDate.ofEpochDay(first + (long) (random.nextDouble() * (last - first)));
            HistoricalDate start;
            HistoricalDate end = null;
            int kind = random.nextInt(10);
            if (kind == 0) {
                start = HistoricalDate.ofMonth(day.getYear(), day.getMonthValue());
            } else if (kind == 1) {
                start = HistoricalDate.of(day);
                end = HistoricalDate.of(day.plusDays(1 + random.nextInt(60)));
            } else {
                start = HistoricalDate.of(day);
            }
            events.add(new TimelineEvent("e" + i, start, end, "Event " + i, "", "", "", List.of(), null));
        }
        events.sort(Dataset.chronological());
        return events;
    }

    /**
     * {@code n} events from 13.8 billion years ago to 2025, nine in ten of them in the last 5,000 years (days, BC and
     * AD) and the rest spread evenly over the powers of ten of years ago before that, as a history of everything is.
     */
    public static List<TimelineEvent> deepSynthetic(int n, long seed) {
        Random random = new Random(seed);
        long first = HistoricalDate.yearStartDay(-3000);
        long last = HistoricalDate.daysFromCivil(2025, 12, 31);
        List<TimelineEvent> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            HistoricalDate start;
            if (random.nextInt(10) > 0) {
                long day = first + (long) (random.nextDouble() * (last - first));
                start = HistoricalDate.onEpochDay(day, DatePrecision.DAY);
            } else {
                long years = (long) Math.pow(10, Math.log10(5_000) + random.nextDouble() * (Math.log10(13.8e9) - Math.log10(5_000)));
                DatePrecision unit = years >= 1_000_000_000L ? DatePrecision.BILLION_YEARS_AGO
                        : years >= 1_000_000L ? DatePrecision.MILLION_YEARS_AGO : DatePrecision.THOUSAND_YEARS_AGO;
                start = HistoricalDate.yearsAgo(years, unit);
            }
            events.add(new TimelineEvent("e" + i, start, null, "Event " + i, "", "", "", List.of(), null));
        }
        events.sort(Dataset.chronological());
        return events;
    }

    /** Eras of a history of everything, from the Big Bang to today. */
    public static List<Era> deepEras() {
        return List.of(
                era("universe", "The early universe", "13.8 billion years ago", "4.6 billion years ago", "#0072B2"),
                era("earth", "The Earth", "4.54 billion years ago", "300 thousand years ago", "#009E73"),
                era("antiquity", "Antiquity", "3000 BC", "AD 476", "#E69F00"),
                era("modern", "Modern times", "1800", "2025", "#CC79A7"));
    }

    private static Era era(String id, String title, String start, String end, String color) {
        return new Era(id, title, "", HistoricalDate.parse(start), HistoricalDate.parse(end), color);
    }

    public static TimelineEvent event(String id, String start, String end, String title) {
        return new TimelineEvent(id, HistoricalDate.parse(start), end == null ? null : HistoricalDate.parse(end),
                title, "", "", "", List.of(), null);
    }
}
