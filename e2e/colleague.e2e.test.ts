import { describe, expect, it } from 'vitest';
import { axe, describeViolations, desktop } from './lib/browser.js';
import { clinicSignUp, newClinicianEmail } from './lib/clinician.js';
import { apiCall, confirmSignupByMail, PASSWORD } from './lib/patient.js';
import { serverAndBrowser } from './lib/suite.js';

interface Me {
  role: string;
  clinicId?: string;
}

describe('a colleague joins the clinic', () => {
  const suite = serverAndBrowser();

  it('by the link of a colleague invite, once', async () => {
    const leadContext = await desktop(suite.browser, suite.server.url);
    const lead = await leadContext.newPage();
    await clinicSignUp(lead, 'Harbour Physio');
    await lead.getByRole('link', { name: 'Invites' }).first().click();
    await lead.getByRole('button', { name: 'Create colleague invite' }).click();
    await lead.getByRole('heading', { name: 'Invite code for a colleague' }).waitFor();
    const code = (await lead.getByTestId('invite-code').textContent()) ?? '';
    const link = (await lead.getByTestId('invite-link').getAttribute('href')) ?? '';
    expect(link).toMatch(new RegExp(`/join/${code}$`));
    const leadMe = await apiCall<Me>(lead, 'GET', 'me');

    const colleagueContext = await desktop(suite.browser, suite.server.url, true);
    const colleague = await colleagueContext.newPage();
    await colleague.goto(new URL(link).pathname);
    await colleague.getByRole('heading', { name: 'Join your clinic' }).waitFor();
    expect(await colleague.getByLabel('Invite code').inputValue()).toBe(code);
    expect(describeViolations(await axe(colleague))).toEqual([]);
    const colleagueEmail = newClinicianEmail();
    await colleague.getByLabel('Email').fill(colleagueEmail);
    await colleague.getByLabel('Password').fill(PASSWORD);
    await colleague.getByRole('button', { name: 'Join the clinic' }).click();
    await colleague.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
    expect(describeViolations(await axe(colleague))).toEqual([]);
    await confirmSignupByMail(colleague, colleagueEmail);
    await colleague.getByRole('heading', { name: 'Caseload' }).waitFor();
    const colleagueMe = await apiCall<Me>(colleague, 'GET', 'me');
    expect(colleagueMe).toMatchObject({ role: 'clinician', clinicId: leadMe.clinicId });
    await colleagueContext.close();

    // The code worked once: a second sign-up with it is refused, naming the field.
    const lateContext = await desktop(suite.browser, suite.server.url);
    const late = await lateContext.newPage();
    await late.goto(`/join/${code}`);
    await late.getByLabel('Email').fill(newClinicianEmail());
    await late.getByLabel('Password').fill(PASSWORD);
    await late.getByRole('button', { name: 'Join the clinic' }).click();
    await expect.poll(async () => late.getByRole('alert').textContent()).toMatch(/invite/i);
    await lateContext.close();
    await leadContext.close();
  });
});
