/**
 * npm run sim:lis -- --count 20 --host 127.0.0.1 --port 2575 [--patient-id-number X --patient-name Y]
 * Sends N realistic lab results (ORU^R01 over MLLP) and prints how many were ACKed AA / AE / AR.
 */
import { parseArgs } from 'node:util';
import { PANEL_NAMES, type PanelName } from '../panels';
import { runSimLis } from '../sim-lis';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10' },
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '2575' },
    'patient-id-number': { type: 'string' },
    'patient-name': { type: 'string' },
    'patient-mrn': { type: 'string' },
    panel: { type: 'string', default: 'mixed' },
    version: { type: 'string', default: 'mixed' },
    charset: { type: 'string', default: 'mixed' },
    'abnormal-rate': { type: 'string' },
    seed: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

const usage = `Usage: npm run sim:lis -- [--count N] [--host H] [--port P]
  [--patient-id-number 身份证号] [--patient-name 姓名] [--patient-mrn 病历号]
  [--panel ${PANEL_NAMES.join('|')}|mixed] [--version 2.5.1|2.3.1|mixed] [--charset UTF-8|GB18030|mixed]
  [--abnormal-rate 0..1] [--seed N]`;

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

if (values.help) {
  console.log(usage);
  process.exit(0);
}
const count = Number(values.count);
const port = Number(values.port);
if (!Number.isInteger(count) || count < 1) fail('--count must be a positive integer');
if (!Number.isInteger(port) || port < 1 || port > 65535) fail('--port must be 1-65535');
const panel = values.panel as PanelName | 'mixed';
if (panel !== 'mixed' && !PANEL_NAMES.includes(panel)) fail(`unknown --panel ${values.panel}`);
if (!['2.5.1', '2.3.1', 'mixed'].includes(values.version)) fail('--version must be 2.5.1, 2.3.1 or mixed');
if (!['UTF-8', 'GB18030', 'mixed'].includes(values.charset)) fail('--charset must be UTF-8, GB18030 or mixed');

try {
  const summary = await runSimLis({
    count,
    host: values.host,
    port,
    panel,
    version: values.version as '2.5.1' | '2.3.1' | 'mixed',
    charset: values.charset as 'UTF-8' | 'GB18030' | 'mixed',
    abnormalRate: values['abnormal-rate'] === undefined ? undefined : Number(values['abnormal-rate']),
    seed: values.seed === undefined ? undefined : Number(values.seed),
    patient: { idNumber: values['patient-id-number'], name: values['patient-name'], mrn: values['patient-mrn'] },
  });
  console.log(`sent ${summary.sent} in ${summary.ms} ms: AA ${summary.AA}, AE ${summary.AE}, AR ${summary.AR}${summary.other ? `, unreadable ${summary.other}` : ''}`);
  process.exit(summary.sent === count ? 0 : 1);
} catch (err) {
  console.error(`sim:lis failed: ${(err as Error).message}`);
  process.exit(1);
}
