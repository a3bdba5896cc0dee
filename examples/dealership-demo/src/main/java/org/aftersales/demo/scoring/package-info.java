/** The scoring part of the dealership demo: a month's assessments and two scorecards (S1-S5). */
package org.aftersales.demo.scoring;
