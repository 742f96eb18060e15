import { useState } from 'react';
import {
  useClaimRefund,
  useCreateJob,
  useCreateSession,
  useGetJob,
  useGetSession,
  useSubmitSessionRequest,
  useTopupSession,
  type JobStatusResponse,
  type SessionRequestResponse,
} from '../../../generated/lightning/client.js';
import {
  createSessionBodyAmountSatsMax,
  createSessionBodyAmountSatsMin,
  topupSessionBodyAmountSatsMax,
  topupSessionBodyAmountSatsMin,
} from '../../../generated/lightning/zod.js';
import { Busy } from '../components/Busy.js';
import { ErrorBox } from '../components/ErrorBox.js';
import { InvoiceCard } from '../components/InvoiceCard.js';
import { success } from '../problem.js';
import { storageKeys, useStored } from '../stored.js';
import { useAction } from '../use-action.js';
import { SubmitButton } from '../components/SubmitButton.js';

const JOB_FINAL = ['rejected', 'complete', 'failed'];
const WAITING: Record<string, string> = {
  awaiting_eval_payment: 'Waiting for the eval invoice to be paid…',
  evaluating: 'The agent is evaluating the request…',
  awaiting_work_payment: 'Waiting for the work invoice to be paid…',
  executing: 'The agent is doing the work…',
};

export function LightningPage() {
  return (
    <div className="columns">
      <JobFlow />
      <SessionFlow />
    </div>
  );
}

function JobFlow() {
  const [request, setRequest] = useState('Explain a Lightning invoice in two sentences.');
  const [jobId, setJobId] = useStored(storageKeys.lightningJob);
  const create = useAction(useCreateJob());
  return (
    <div className="card">
      <h2>A paid job</h2>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const created = await create.run({ data: { request } });
          if (created) setJobId(created.data.jobId);
        }}
      >
        <label>
          Request
          <textarea name="job-request" value={request} onChange={(e) => setRequest(e.target.value)} rows={3} />
        </label>
        <SubmitButton disabled={create.pending}>
          Create job
        </SubmitButton>
      </form>
      <ErrorBox error={create.error} action="Creating the job" />
      {jobId && <JobView key={jobId} jobId={jobId} />}
    </div>
  );
}

/** The job as it advances: polled (each poll also moves a paid job on) until it is final, without a reload. */
function JobView({ jobId }: { jobId: string }) {
  const job = useGetJob(jobId, {
    query: { select: success, refetchInterval: (q) => (q.state.data?.status === 200 && JOB_FINAL.includes(q.state.data.data.state) ? false : 1000) },
  });
  const state = job.data?.data;
  return (
    <div data-testid="job">
      <h3>
        Job <code>{jobId.slice(0, 8)}</code> <span className={`badge ${state?.state}`}>{state?.state ?? '…'}</span>
      </h3>
      <ErrorBox error={job.error} action="Reading the job" />
      {state && WAITING[state.state] && <Busy label={WAITING[state.state]!} />}
      {state?.evalInvoice && (
        <InvoiceCard label="Eval invoice" {...state.evalInvoice} paid={state.state !== 'awaiting_eval_payment'} />
      )}
      {state?.workInvoice && (
        <InvoiceCard label="Work invoice" {...state.workInvoice} paid={state.state !== 'awaiting_work_payment'} />
      )}
      {state?.pricingBreakdown && (
        <>
          <h3>Pricing</h3>
          <Table rows={state.pricingBreakdown} />
        </>
      )}
      {state?.reason && <div className="error">Rejected: {state.reason}</div>}
      {state?.errorMessage && <div className="error">Failed: {state.errorMessage}</div>}
      {state?.result && (
        <>
          <h3>Result</h3>
          <pre data-testid="job-result">{state.result}</pre>
        </>
      )}
      {state?.costLedger && (
        <>
          <h3>Cost ledger</h3>
          <Table rows={state.costLedger} />
          <Refund job={state} onPaid={() => void job.refetch()} />
        </>
      )}
    </div>
  );
}

function Refund({ job, onPaid }: { job: JobStatusResponse; onPaid: () => void }) {
  const [invoice, setInvoice] = useState('');
  const claim = useAction(useClaimRefund());
  const [paid, setPaid] = useState<number>();
  const owed = job.costLedger?.refundAmountSats ?? 0;
  if (owed <= 0) return <p className="muted">No refund is owed.</p>;
  if (paid !== undefined || job.costLedger?.refundState === 'paid') return <p className="muted">Refund paid{paid ? `: ${paid} sats` : ''}.</p>;
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const answer = await claim.run({ id: job.jobId, data: { invoice: invoice.trim() } });
        if (!answer) return;
        setPaid(answer.data.refundAmountSats);
        onPaid();
      }}
    >
      <label>
        Refund of {owed} sats: an invoice from your wallet for exactly that amount
        <input name="refund-invoice" value={invoice} onChange={(e) => setInvoice(e.target.value)} placeholder="lnbcrt…" />
      </label>
      <SubmitButton disabled={!invoice.trim() || claim.pending}>
        Claim refund
      </SubmitButton>
      {claim.pending && <Busy label="Paying the refund…" />}
      <ErrorBox error={claim.error} action="Claiming the refund" />
    </form>
  );
}

function SessionFlow() {
  const [deposit, setDeposit] = useState(500);
  const [sessionId, setSessionId] = useStored(storageKeys.lightningSession);
  const create = useAction(useCreateSession());
  return (
    <div className="card">
      <h2>A pre-paid session</h2>
      <form
        className="row"
        onSubmit={async (e) => {
          e.preventDefault();
          const created = await create.run({ data: { amount_sats: deposit } });
          if (created) setSessionId(created.data.sessionId);
        }}
      >
        <input name="deposit" type="number" min={createSessionBodyAmountSatsMin} max={createSessionBodyAmountSatsMax} value={deposit} onChange={(e) => setDeposit(Number(e.target.value))} aria-label="Deposit (sats)" />
        <SubmitButton disabled={create.pending}>
          Open session
        </SubmitButton>
      </form>
      <ErrorBox error={create.error} action="Opening the session" />
      {sessionId && <SessionView key={sessionId} sessionId={sessionId} />}
    </div>
  );
}

function SessionView({ sessionId }: { sessionId: string }) {
  const session = useGetSession(sessionId, { query: { select: success, refetchInterval: 1000 } });
  const state = session.data?.data;
  const [request, setRequest] = useState('Draft a haiku about routing fees.');
  const [topupAmount, setTopupAmount] = useState(1000);
  const [answers, setAnswers] = useState<SessionRequestResponse[]>([]);
  // Session requests and top-ups are authorised by the session's macaroon, not by the dashboard's sign-in.
  const auth = { headers: { Authorization: `Bearer ${state?.macaroon ?? ''}` } };
  const submit = useAction(useSubmitSessionRequest({ request: auth }));
  const topup = useAction(useTopupSession({ request: auth }));
  return (
    <div data-testid="session">
      <h3>
        Session <code>{sessionId.slice(0, 8)}</code> <span className={`badge ${state?.state}`}>{state?.state ?? '…'}</span>
      </h3>
      <ErrorBox error={session.error} action="Reading the session" />
      {state && (
        <p>
          Balance <strong data-testid="balance">{state.balanceSats}</strong> sats
          {state.minimumBalanceSats !== undefined && <span className="muted"> (paused below {state.minimumBalanceSats})</span>}
        </p>
      )}
      {state?.state === 'awaiting_payment' && state.invoice?.paymentRequest && (
        <>
          <Busy label="Waiting for the deposit to be paid…" />
          <InvoiceCard label="Deposit invoice" paymentRequest={state.invoice.paymentRequest} amountSats={state.invoice.amountSats} paymentHash={state.invoice.paymentHash} />
        </>
      )}
      {state?.pendingTopup?.paymentRequest && (
        <InvoiceCard label="Top-up invoice" paymentRequest={state.pendingTopup.paymentRequest} amountSats={state.pendingTopup.amountSats} paymentHash={state.pendingTopup.paymentHash} />
      )}
      {state?.macaroon && (
        <>
          <form
            onSubmit={async (e) => {
              e.preventDefault();
              const answer = await submit.run({ id: sessionId, data: { request } });
              if (answer) setAnswers([answer.data, ...answers]);
              void session.refetch();
            }}
          >
            <label>
              Request
              <input name="session-request" value={request} onChange={(e) => setRequest(e.target.value)} />
            </label>
            <SubmitButton disabled={submit.pending}>
              Send request
            </SubmitButton>
          </form>
          {submit.pending && <Busy label="The agent is working on it…" />}
          <ErrorBox error={submit.error} action="The session request" />
          <form
            className="row"
            onSubmit={async (e) => {
              e.preventDefault();
              await topup.run({ id: sessionId, data: { amount_sats: topupAmount } });
              void session.refetch();
            }}
          >
            <input name="topup" type="number" min={topupSessionBodyAmountSatsMin} max={topupSessionBodyAmountSatsMax} value={topupAmount} onChange={(e) => setTopupAmount(Number(e.target.value))} aria-label="Top-up (sats)" />
            <SubmitButton disabled={topup.pending}>
              Top up
            </SubmitButton>
          </form>
          <ErrorBox error={topup.error} action="The top-up" />
        </>
      )}
      {answers.length > 0 && (
        <>
          <h3>Requests</h3>
          <table>
            <tbody>
              {answers.map((a) => (
                <tr key={a.requestId} data-testid="session-answer">
                  <td>
                    <span className={`badge ${a.state}`}>{a.state}</span>
                  </td>
                  <td>{a.result ?? a.reason ?? a.errorMessage}</td>
                  <td>
                    −{a.debitedSats} sats, {a.balanceRemaining} left
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

function Table({ rows }: { rows: object }) {
  return (
    <table>
      <tbody>
        {Object.entries(rows).map(([key, value]) => (
          <tr key={key}>
            <th>{key}</th>
            <td>{String(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
