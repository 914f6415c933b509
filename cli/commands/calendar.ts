// gongkai calendar add-workdays | is-workday | ordinal | import | show
import { Command } from 'commander';
import { withDatabase, withDatabaseOption } from '../database-option.ts';
import { output } from '../output.ts';
import { InputError } from '../errors.ts';
import { addWorkdays, isWorkday, workdayOrdinal, yearDays } from '../../db/calendar/workdays.ts';
import { calendarRange, loadCalendarYears } from '../../db/calendar/load.ts';
import { readCalendarFile } from '../../db/calendar/import-file.ts';
import { dateOption } from '../options.ts';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** Accepts the ledger date forms (2024/10/8, 2024年10月8日 …) on the command line too. */
function dateArgument(value: string): string {
  return dateOption('日期', value)!;
}

function integerArgument(value: string): number {
  if (!/^[+-]?\d+$/.test(value)) throw new InputError(`工作日数应为整数 / not a whole number: ${value}`);
  return Number(value);
}

function leaf(name: string, description: string): Command {
  return withDatabaseOption(new Command(name).description(description));
}

export function calendarCommand(): Command {
  const calendar = new Command('calendar').description('工作日历：法定节假日与调休上班日');

  calendar.addCommand(
    leaf('add-workdays', '给出日期之后第 N 个工作日（当日不计）')
      .argument('<date>', '起算日期')
      .argument('<n>', '工作日数')
      .action(async (date: string, n: string, _opts, command: Command) => {
        const day = dateArgument(date);
        const count = integerArgument(n);
        await withDatabase(command, async (gk) => output().out(await addWorkdays(gk.db, day, count)));
      }),
  );

  calendar.addCommand(
    leaf('is-workday', '是否工作日')
      .argument('<date>', '日期')
      .action(async (date: string, _opts, command: Command) => {
        const day = dateArgument(date);
        await withDatabase(command, async (gk) => {
          const { workday, name } = await isWorkday(gk.db, day);
          output().out(`${day} ${workday ? '工作日' : '休息日'}${name ? `（${name}）` : ''}`);
        });
      }),
  );

  calendar.addCommand(
    leaf('ordinal', '工作日序号：截至该日（含）的工作日数')
      .argument('<date>', '日期')
      .action(async (date: string, _opts, command: Command) => {
        const day = dateArgument(date);
        await withDatabase(command, async (gk) => output().out(String(await workdayOrdinal(gk.db, day))));
      }),
  );

  calendar.addCommand(
    leaf('import', '从 CSV/JSON 载入一个年度的节假日与调休安排（版本号加一）')
      .argument('<file>', '节假日文件')
      .action(async (file: string, _opts, command: Command) => {
        const { year, days } = await readCalendarFile(file);
        await withDatabase(command, async (gk) => {
          const version = await loadCalendarYears(gk.db, days, `file:${file}`);
          const rest = days.filter((d) => !d.isWorkday).length;
          output().out(`已载入 ${year} 年：${days.length - rest} 个工作日，${rest} 个休息日；日历版本 ${version}`);
        });
      }),
  );

  calendar.addCommand(
    leaf('show', '列出某年的节假日、调休上班日与已载入范围')
      .argument('<year>', '年度')
      .action(async (year: string, _opts, command: Command) => {
        if (!/^\d{4}$/.test(year)) throw new InputError(`年度应为四位数字 / not a year: ${year}`);
        await withDatabase(command, async (gk) => {
          const days = await yearDays(gk.db, Number(year));
          const range = await calendarRange(gk.db);
          const lines = [`已载入 ${range.first} 至 ${range.last}，版本 ${range.version}（${range.sources.join('、')}）`];
          const workdays = days.filter((d) => d.is_workday).length;
          lines.push(`${year} 年：${workdays} 个工作日，${days.length - workdays} 个休息日`);
          for (const d of days) {
            const dow = new Date(`${d.day}T00:00:00Z`).getUTCDay();
            const weekend = dow === 0 || dow === 6;
            if (d.is_workday === weekend || d.name) {
              lines.push(`${d.day} 周${WEEKDAYS[dow]} ${d.is_workday ? '上班' : '休息'}${d.name ? ` ${d.name}` : ''}`);
            }
          }
          output().out(lines.join('\n'));
        });
      }),
  );
  return calendar;
}
