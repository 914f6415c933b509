import { expect } from 'vitest';
import { ruleTester } from '../../helpers/rule-tester.ts';
import {
  NAMES,
  putuoStyleReport,
  wujiangRewrittenReport,
  wujiangStyleReport,
  wujiangStyleReportEdited,
} from './annual-report-texts.ts';

// 雷同: character 5-gram Jaccard similarity of the report texts, after removing agency names, digits (years,
// figures), spaces and punctuation, with the agency's previous report or another agency's report of the
// same year, at or above 0.8. The similarities below were computed by hand from the texts (distinct
// 5-grams shared / in either), not by the rule.
//
// The cases of a table share one database, and the rule compares with every other agency's report of the
// same year, so each case keeps to years of its own (the texts name the year, which is removed anyway).

const figures2024 = { published: 186, policies: 3, interpretations: 3, penalties: 112, requests: 9, trainings: 4, alerts: 57, repealed: 1, fines: 86.5 };
const figuresOther = { published: 203, policies: 2, interpretations: 2, penalties: 131, requests: 14, trainings: 2, alerts: 61, repealed: 0, fines: 120, coercions: 3 };

/** 14 distinct characters: 10 distinct 5-grams; its first 12 characters share 8 of them, its first 11 share 7. */
const FOURTEEN = '政务公开工作要点落实情况良好';

ruleTester('report/annual-duplicate', {
  valid: [
    {
      // The same skeleton and opening sentence, new content: 82 / (450 + 376 − 82) = 0.110.
      name: "the agency's next report, genuinely rewritten",
      agencyName: NAMES.wujiang,
      reports: [
        { year: 2020, published_on: '2021-01-22', full_text: wujiangStyleReport(NAMES.wujiang, 2020, figures2024) },
        { year: 2021, published_on: '2022-01-24', full_text: wujiangRewrittenReport(NAMES.wujiang, 2021, figuresOther) },
      ],
    },
    {
      // Another bureau's own report of the same year: 75 / (376 + 392 − 75) = 0.108.
      name: "another bureau's genuinely different report of the same year",
      agencyName: NAMES.wujiang,
      reports: [{ year: 2024, published_on: '2025-01-27', full_text: wujiangRewrittenReport(NAMES.wujiang, 2024, figures2024) }],
      otherAgencyReports: [{ code: 'PT', name: NAMES.putuo, year: 2024, full_text: putuoStyleReport(NAMES.putuo, 2024, figuresOther) }],
    },
    {
      // The template kept but the problems paragraph rewritten: 391 / (450 + 444 − 391) = 0.777, under 0.8.
      name: 'the template kept with its problems rewritten stays under the threshold',
      agencyName: NAMES.wujiang,
      reports: [
        { year: 2018, published_on: '2019-01-25', full_text: wujiangStyleReport(NAMES.wujiang, 2018, figures2024) },
        {
          year: 2019,
          published_on: '2020-01-21',
          full_text: wujiangStyleReportEdited(NAMES.wujiang, 2019, figuresOther, { problems: true }),
        },
      ],
    },
    {
      name: "another agency's copy of a different year is not compared",
      agencyName: NAMES.wujiang,
      reports: [{ year: 2017, published_on: '2018-01-26', full_text: wujiangStyleReport(NAMES.wujiang, 2017, figures2024) }],
      otherAgencyReports: [{ code: 'KS', name: NAMES.kunshan, year: 2016, full_text: wujiangStyleReport(NAMES.kunshan, 2016, figuresOther) }],
    },
    {
      name: 'a report without its text is not compared',
      agencyName: NAMES.wujiang,
      reports: [{ year: 2015, published_on: '2016-01-28', full_text: null }],
      otherAgencyReports: [{ code: 'CS', name: NAMES.changshu, year: 2015, full_text: wujiangStyleReport(NAMES.changshu, 2015, figuresOther) }],
    },
    {
      name: 'similarity 0.7, under the threshold',
      reports: [
        { year: 2011, full_text: FOURTEEN },
        { year: 2012, full_text: FOURTEEN.slice(0, 11) },
      ],
    },
  ],
  invalid: [
    {
      // Kunshan's report is Wujiang's with the name, the year and the figures changed: identical once they
      // are removed.
      name: "another agency's report of the same year that differs only by name, year and figures",
      agencyName: NAMES.wujiang,
      reports: [{ year: 2024, published_on: '2025-01-27', full_text: wujiangStyleReport(NAMES.wujiang, 2024, figures2024) }],
      otherAgencyReports: [{ code: 'KS', name: NAMES.kunshan, year: 2024, full_text: wujiangStyleReport(NAMES.kunshan, 2024, figuresOther) }],
      errors: [
        {
          subject: '2024',
          due: null,
          actual: null,
          lateWorkdays: null,
          messageId: 'duplicate',
          details: {
            year: 2024,
            otherAgency: expect.stringMatching(/^KS-/),
            otherYear: 2024,
            otherLabel: '昆山市应急管理局 2024 年度报告',
            similarity: 1,
            similarityPercent: 100,
            thresholdPercent: 80,
          },
        },
      ],
    },
    {
      name: "the agency's previous report with only the year and figures changed",
      agencyName: NAMES.wujiang,
      reports: [
        { year: 2022, published_on: '2023-01-19', full_text: wujiangStyleReport(NAMES.wujiang, 2022, figuresOther) },
        { year: 2023, published_on: '2024-01-29', full_text: wujiangStyleReport(NAMES.wujiang, 2023, figures2024) },
      ],
      errors: [
        {
          subject: '2023',
          due: null,
          actual: null,
          details: { year: 2023, otherYear: 2022, otherLabel: '本机关 2022 年度报告', similarity: 1, similarityPercent: 100 },
        },
      ],
    },
    {
      // Own previous report (one sentence changed): 432 / (450 + 447 − 432) = 0.929; Taicang's copy: 1.
      name: 'one finding per report, naming the closest match',
      agencyName: NAMES.wujiang,
      reports: [
        {
          year: 2013,
          published_on: '2014-01-27',
          full_text: wujiangStyleReportEdited(NAMES.wujiang, 2013, figuresOther, { platform: true }),
        },
        { year: 2014, published_on: '2015-01-26', full_text: wujiangStyleReport(NAMES.wujiang, 2014, figures2024) },
      ],
      otherAgencyReports: [{ code: 'TC', name: NAMES.taicang, year: 2014, full_text: wujiangStyleReport(NAMES.taicang, 2014, figuresOther) }],
      errors: [
        {
          subject: '2014',
          details: { otherYear: 2014, otherLabel: '太仓市应急管理局 2014 年度报告', similarity: 1 },
        },
      ],
    },
    {
      // The year before is missing: the latest earlier report stands in for it.
      name: 'the latest earlier report when the previous year has none',
      agencyName: NAMES.wujiang,
      reports: [
        { year: 2001, published_on: '2002-01-20', full_text: wujiangStyleReport(NAMES.wujiang, 2001, figuresOther) },
        { year: 2003, published_on: '2004-01-25', full_text: wujiangStyleReport(NAMES.wujiang, 2003, figures2024) },
      ],
      errors: [{ subject: '2003', details: { otherYear: 2001, otherLabel: '本机关 2001 年度报告', similarity: 1 } }],
    },
    {
      name: 'similarity exactly at the threshold',
      reports: [
        { year: 2009, full_text: FOURTEEN },
        { year: 2010, full_text: FOURTEEN.slice(0, 12) },
      ],
      errors: [
        {
          subject: '2010',
          due: null,
          actual: null,
          details: { otherYear: 2009, otherLabel: '本机关 2009 年度报告', similarity: 0.8, similarityPercent: 80 },
        },
      ],
    },
  ],
});
