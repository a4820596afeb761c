/**
 * The quiz's rules without a screen: which questions a pool of events allows and why a kind is left out, a round
 * drawn from a seed, the scoring of each kind of answer, the short code that replays a round, the steps of a class
 * quiz and the results a student may save. Plain JUnit tests it; the views are in {@code ui.quiz}.
 */
package org.timelineexplorer.quiz;
